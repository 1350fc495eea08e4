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

test("/api/inngest answers the Inngest introspection request", async ({ request }) => {
  const res = await request.get("/api/inngest");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { function_count: number; mode: string };
  expect(body.mode).toBe("dev");
  expect(typeof body.function_count).toBe("number");
});
