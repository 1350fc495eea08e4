// Guards: API tokens are scoped to one publisher, shown once, stored hashed, expire, and can be revoked (issue 3).
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "~/server/db";
import { createCaller } from "~/server/root";
import { actorOf, createPublisher, createUser } from "../../../test/factories";
import { authenticateApiToken } from "./api-tokens";
import { authenticatePublisherRequest } from "./authenticate-publisher";

describe("publisher API tokens", () => {
  it("creates a token shown once and stored only as a hash; authenticates it until revoked", async () => {
    const author = await createUser(prisma);
    const pub = await createPublisher(prisma, { members: [{ userId: author.id }] });
    const c = createCaller({ actor: actorOf(author) });
    const created = await c.publishing.token.create({ publisher: pub.slug, name: "CI", expiresInDays: 30 });
    expect(created.token).toMatch(/^adx_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(crypto.createHash("sha256").update(created.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(created.token.split("_")[2]);
    expect(JSON.stringify(await c.publishing.token.find({ publisher: pub.slug }))).not.toContain(created.token);

    const auth = await authenticateApiToken(created.token);
    expect(auth?.publisher.slug).toBe(pub.slug);
    expect(auth?.actor.userId).toBe(author.id);

    await c.publishing.token.revoke({ publisher: pub.slug, id: created.id });
    expect(await authenticateApiToken(created.token)).toBeNull();
    expect((await c.publishing.token.find({ publisher: pub.slug }))[0]?.status).toBe("revoked");
  });

  it("refuses expired, unknown and malformed tokens, and tokens of other publishers", async () => {
    const author = await createUser(prisma);
    const pub = await createPublisher(prisma, { members: [{ userId: author.id }] });
    const other = await createPublisher(prisma);
    const c = createCaller({ actor: actorOf(author) });
    const { token, id } = await c.publishing.token.create({ publisher: pub.slug, name: "Old", expiresInDays: 1 });
    await expect(authenticatePublisherRequest({ authorization: `Bearer ${token}`, sessionActor: null, publisherSlug: other.slug })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await prisma.apiToken.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await authenticateApiToken(token)).toBeNull();
    expect(await authenticateApiToken("adx_00000000_" + "a".repeat(43))).toBeNull();
    expect(await authenticateApiToken("not-a-token")).toBeNull();
    await expect(authenticatePublisherRequest({ authorization: "Bearer nope", sessionActor: null, publisherSlug: pub.slug })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(c.publishing.token.create({ publisher: pub.slug, name: "Forever", expiresInDays: 3650 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("stops working when its creator leaves the publisher, and is invisible to other publishers", async () => {
    const author = await createUser(prisma);
    const outsider = await createUser(prisma);
    const pub = await createPublisher(prisma, { members: [{ userId: author.id }] });
    const outsiderPub = await createPublisher(prisma, { members: [{ userId: outsider.id }] });
    const { token, id } = await createCaller({ actor: actorOf(author) }).publishing.token.create({ publisher: pub.slug, name: "Laptop", expiresInDays: 90 });
    await expect(createCaller({ actor: actorOf(outsider) }).publishing.token.revoke({ publisher: outsiderPub.slug, id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createCaller({ actor: actorOf(outsider) }).publishing.token.find({ publisher: pub.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await prisma.publisherMember.deleteMany({ where: { publisherId: pub.id, userId: author.id } });
    expect(await authenticateApiToken(token)).toBeNull();
  });
});
