/**
 * A worker process for the install crash test (src/server/installs/install-crash.integration.test.ts):
 * the app's own functions on a LocalExecutor over DATABASE_URL, until it is killed. Its argument is
 * a fault point where a step hangs, so the test can kill the process exactly there; the short lease
 * lets the survivor resume soon after.
 */
import { LocalExecutor } from "~/server/executor/local-executor";
import { injectFault } from "~/server/installs/fault-points";
import { inngest } from "~inngest/client";
import { functions } from "~inngest/functions";

const hangAt = process.argv[2];
if (!hangAt) throw new Error("usage: install-worker.ts <fault point>");
injectFault(hangAt, "hang");
new LocalExecutor({ client: inngest, functions, workerId: "doomed-installer", pollMs: 20, leaseMs: 1000 }).start();
