/**
 * Runs a module's post-install hook in the sandbox (the same one the module runtime uses for every
 * hook), with the module's resource limits under the platform's ceilings. A hook that throws, runs
 * out of time or memory fails the install step, which is then compensated.
 */
import { logger } from "~/server/logger";
import { hookLimitsFor, runHook } from "~/server/runtime/sandbox";
import { AppError } from "~/server/shared/app-error";

export async function runPostInstallHook(input: {
  moduleName: string;
  hookPath: string;
  files: Map<string, Buffer>;
  config: Record<string, unknown>;
  resources: Parameters<typeof hookLimitsFor>[0];
  tenant: { slug: string; name: string };
  /** `ctx.db.query(sql, params)`: the module's own tables, as the tenant role. */
  query: (sql: string, params: unknown[]) => Promise<unknown[]>;
}): Promise<unknown> {
  const code = input.files.get(input.hookPath)?.toString("utf8");
  if (code === undefined) {
    throw new AppError("PRECONDITION_FAILED", { userMessage: `The post-install hook ${input.hookPath} of ${input.moduleName} is missing from its package.` });
  }
  const log = logger.child({ module: input.moduleName, hook: "post_install", tenant: input.tenant.slug });
  const result = await runHook({
    code,
    filename: input.hookPath,
    args: [],
    host: {
      log: (level, message, data) => log[level]({ data }, message),
      config: input.config,
      api: {
        db: {
          query: (sql: unknown, params: unknown) => {
            if (typeof sql !== "string") throw new Error("ctx.db.query(sql, params): sql must be a string");
            return input.query(sql, Array.isArray(params) ? params : []);
          },
        },
      },
    },
    limits: hookLimitsFor(input.resources),
  });
  if (!result.ok) {
    throw new AppError("PRECONDITION_FAILED", {
      message: `post-install hook of ${input.moduleName}: ${result.error.kind}: ${result.error.message}`,
      userMessage: `The post-install hook of ${input.moduleName} failed: ${result.error.message}`,
    });
  }
  return result.value ?? null;
}
