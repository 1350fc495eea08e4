// Unit tests import modules that read the validated env; they touch no database or secret.
process.env.SKIP_ENV_VALIDATION = "1";
process.env.LOG_LEVEL ??= "silent";
await import("./fail-on-console-error");

export {};
