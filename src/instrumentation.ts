/**
 * Next.js calls register() once when a server starts (never during `next build`, which sets
 * NEXT_PHASE=phase-production-build and skips it). Without Inngest configured, it starts the
 * embedded durable executor for the app's Inngest functions: one worker per server process, which
 * also resumes the runs a previous process left unfinished (docs/decisions/003).
 */
export async function register(): Promise<void> {
  // Next.js inlines NEXT_RUNTIME per bundle, so the Node-only imports below never reach the edge bundle.
  // eslint-disable-next-line no-restricted-properties -- a build-time constant, not configuration
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isInngestConfigured } = await import("./env");
  if (isInngestConfigured()) return;
  const [{ startLocalExecutor }, { inngest }, { functions }] = await Promise.all([
    import("./server/executor/start-local-executor"),
    import("~inngest/client"),
    import("~inngest/functions"),
  ]);
  startLocalExecutor({ client: inngest, functions });
}
