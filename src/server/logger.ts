import pino from "pino";
import { env } from "~/env";

/** Structured JSON logs (one line per event) for every server-side capability. */
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: "adx-marketplace" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"], remove: true },
});
