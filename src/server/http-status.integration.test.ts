// Guards: over HTTP, access failures answer 401/403/404 with a message for people and no internals (issue 2).
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/server/db";
import { appRouter } from "~/server/root";
import { createTRPCContext } from "~/server/trpc";
import type { Actor } from "~/server/shared/actor";
import { actorOf, createTenant, createUser } from "../../test/factories";

async function call(actor: Actor, path: string, input: unknown, method: "GET" | "POST" = "GET") {
  const payload = encodeURIComponent(JSON.stringify({ json: input }));
  const req =
    method === "GET"
      ? new Request(`http://localhost/api/trpc/${path}?input=${payload}`)
      : new Request(`http://localhost/api/trpc/${path}`, { method, body: JSON.stringify({ json: input }), headers: { "content-type": "application/json" } });
  const res = await fetchRequestHandler({ endpoint: "/api/trpc", req, router: appRouter, createContext: () => createTRPCContext({ actor }) });
  const body: unknown = await res.json();
  return { status: res.status, body: body as { error?: { json: { message: string; data: Record<string, unknown> } } } };
}

describe("HTTP status of access failures", () => {
  let tenantSlug: string;
  let outsider: Actor;
  let member: Actor;

  beforeAll(async () => {
    const [m, o] = await Promise.all([createUser(prisma), createUser(prisma)]);
    member = actorOf(m);
    outsider = actorOf(o);
    tenantSlug = (await createTenant(prisma, { members: [{ userId: m.id, role: "MEMBER" }] })).slug;
  });

  it("answers 404 to a non-member and 403 to a member without the role", async () => {
    const notMember = await call(outsider, "tenancy.getOverview", { tenant: tenantSlug });
    expect(notMember.status).toBe(404);
    expect(notMember.body.error?.json.message).toBe("We couldn't find that workspace, or you are not a member of it.");
    expect(notMember.body.error?.json.data.stack ?? null).toBeNull();
    expect(JSON.stringify(notMember.body)).not.toContain("tenant-scope");

    const lowRole = await call(member, "tenancy.update", { tenant: tenantSlug, data: { name: "Renamed" } }, "POST");
    expect(lowRole.status).toBe(403);
  });

  it("answers 401 when signed out and 403 to a plain user on moderator procedures", async () => {
    expect((await call(null, "tenancy.findMyTenants", undefined)).status).toBe(401);
    expect((await call(member, "moderation.findQueue", {})).status).toBe(403);
  });

  it("answers 400 with field errors for invalid input", async () => {
    const res = await call(member, "catalog.findModules", { perPage: 0 });
    expect(res.status).toBe(400);
    expect(res.body.error?.json.data.zodError).toMatchObject({ fieldErrors: { perPage: expect.any(Array) } });
  });
});
