/**
 * A worker process for the crash test: runs a LocalExecutor on DATABASE_URL until it is killed.
 * Its lease is short (1s) so that the run it leaves behind can be resumed soon after.
 */
import { Inngest } from "inngest";
import { logger } from "~/server/logger";
import { LocalExecutor } from "../local-executor";
import { CRASH_CLIENT_ID, createCrashFunction } from "./crash-function";

const client = new Inngest({ id: CRASH_CLIENT_ID, logger });
new LocalExecutor({
  client,
  functions: [createCrashFunction(client, { blockInSecondStep: true })],
  workerId: "doomed-child",
  pollMs: 20,
  leaseMs: 1000,
}).start();
