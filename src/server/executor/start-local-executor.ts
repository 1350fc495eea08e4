import { LocalExecutor, type LocalExecutorOptions } from "./local-executor";

const globalForExecutor = globalThis as { adxLocalExecutor?: LocalExecutor };

/**
 * Starts this process's worker (once: `next dev` may evaluate the instrumentation hook again).
 * A process that dies without stopping it leaves its runs leased; they resume, here or in another
 * process, when the lease (EXECUTOR_LEASE_MS) runs out.
 */
export function startLocalExecutor(opts: LocalExecutorOptions): LocalExecutor {
  globalForExecutor.adxLocalExecutor ??= new LocalExecutor(opts);
  globalForExecutor.adxLocalExecutor.start();
  return globalForExecutor.adxLocalExecutor;
}
