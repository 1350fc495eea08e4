// Guards: the built app reports its database and serves the Inngest endpoint (issue 2).
import { expect, test } from "../fixtures";

test("/api/health reports the database as up", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { status: string; database: { status: string; migrations: number } };
  expect(body.status).toBe("ok");
  expect(body.database.status).toBe("up");
  expect(body.database.migrations).toBeGreaterThanOrEqual(3);
});

test("/api/inngest refuses requests that are not signed with the signing key", async ({ request }) => {
  // The embedded executor signs its own requests; nobody else can make the app run a function.
  const probe = await request.get("/api/inngest");
  expect(probe.status()).toBe(401);
  const run = await request.post("/api/inngest?fnId=adx-marketplace-run-installs-job&stepId=step", {
    data: { event: { name: "installs/job.requested", data: { jobId: "x", tenantId: "y" } }, events: [], steps: {}, ctx: { run_id: "r", attempt: 0, stack: { stack: [], current: 0 } }, version: 2 },
  });
  expect(run.status()).toBe(401);
});
