// Guards: sign-in accepts exactly the right e-mail and password; the actor comes from the database.
import { describe, expect, it } from "vitest";
import { prisma } from "~/server/db";
import { createCaller } from "~/server/root";
import { actorOf, createPublisher, createTenant, createUser, TEST_PASSWORD } from "../../../test/factories";
import { getActorForUserId } from "./get-actor";
import { verifyCredentials } from "./verify-credentials";

describe("accounts", () => {
  it("verifies credentials case-insensitively on the e-mail only", async () => {
    const user = await createUser(prisma);
    expect(await verifyCredentials({ email: user.email.toUpperCase(), password: TEST_PASSWORD })).toMatchObject({ id: user.id });
    expect(await verifyCredentials({ email: user.email, password: "wrong" })).toBeNull();
    expect(await verifyCredentials({ email: "nobody@example.test", password: TEST_PASSWORD })).toBeNull();
    expect(await verifyCredentials({ email: "not-an-email", password: "x" })).toBeNull();
    expect(await verifyCredentials(null)).toBeNull();
  });

  it("reads the actor's role from the database, not the session", async () => {
    const user = await createUser(prisma);
    expect(await getActorForUserId(user.id)).toEqual({ userId: user.id, platformRole: "USER" });
    await prisma.user.update({ where: { id: user.id }, data: { platformRole: "MODERATOR" } });
    expect(await getActorForUserId(user.id)).toEqual({ userId: user.id, platformRole: "MODERATOR" });
    expect(await getActorForUserId("deleted-user")).toBeNull();
    expect(await getActorForUserId(undefined)).toBeNull();
  });

  it("tells the navigation what the user may use", async () => {
    const user = await createUser(prisma);
    const tenant = await createTenant(prisma, { name: "Zeta", members: [{ userId: user.id, role: "ADMIN" }] });
    const publisher = await createPublisher(prisma, { members: [{ userId: user.id }] });
    const me = await createCaller({ actor: actorOf(user) }).accounts.me();
    expect(me).toMatchObject({
      id: user.id,
      platformRole: "USER",
      tenants: [{ slug: tenant.slug, role: "ADMIN" }],
      publishers: [{ slug: publisher.slug }],
      unreadNotifications: 0,
    });
    expect(await createCaller({ actor: null }).accounts.me()).toBeNull();
  });
});
