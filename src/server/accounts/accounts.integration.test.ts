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

  it("lists and marks read only the caller's own notifications", async () => {
    const [me, other] = await Promise.all([createUser(prisma), createUser(prisma)]);
    await prisma.notification.createMany({
      data: [
        { userId: me.id, kind: "version.reject", title: "Mine 1" },
        { userId: me.id, kind: "version.approve", title: "Mine 2" },
        { userId: other.id, kind: "version.approve", title: "Theirs" },
      ],
    });
    const mine = createCaller({ actor: actorOf(me) });
    const list = await mine.accounts.notifications.find({});
    expect(list.data.map((n) => n.title).sort()).toEqual(["Mine 1", "Mine 2"]);
    expect(list.unread).toBe(2);
    const theirs = await prisma.notification.findFirstOrThrow({ where: { userId: other.id } });
    expect(await mine.accounts.notifications.markRead({ ids: [theirs.id] })).toEqual({ count: 0 });
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    expect(await mine.accounts.notifications.markRead({})).toEqual({ count: 2 });
    expect((await mine.accounts.me())?.unreadNotifications).toBe(0);
    await expect(createCaller({ actor: null }).accounts.notifications.find({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
