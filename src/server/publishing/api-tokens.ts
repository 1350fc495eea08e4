/**
 * Publisher API tokens for the CLI and the publishing API. A token is scoped to one publisher,
 * shown once, stored only as its sha256, expires (at most a year), and can be revoked: leaked
 * long-lived tokens are how package registries get abused.
 */
import crypto from "node:crypto";
import { recordAudit } from "~/server/audit/record-audit";
import { type Db, prisma, type PrismaDb } from "~/server/db";
import type { Actor } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";
import { type TCreateApiTokenRequest, ZCreateApiTokenRequestSchema } from "./listing.schemas";
import { type PublisherContext, publisherScoped } from "./publisher-scope";

const TOKEN_PATTERN = /^adx_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;
const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

export async function createApiToken(actor: Actor, publisher: PublisherContext, request: TCreateApiTokenRequest, db: PrismaDb = prisma) {
  const { name, expiresInDays } = ZCreateApiTokenRequestSchema.parse(request);
  const prefix = crypto.randomBytes(6).toString("hex").slice(0, 8);
  const token = `adx_${prefix}_${crypto.randomBytes(32).toString("base64url")}`;
  const expiresAt = new Date(Date.now() + expiresInDays * 86_400_000);
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { publisherId: publisher.id, createdById: publisher.userId, name, prefix: `adx_${prefix}`, tokenHash: hashToken(token), expiresAt },
      select: { id: true, name: true, prefix: true, expiresAt: true, createdAt: true },
    });
    await recordAudit(tx, actor, { action: "api_token.created", targetType: "api_token", targetId: row.id, publisherId: publisher.id, data: { name, expiresAt: expiresAt.toISOString() } });
    // The secret leaves the server once, here; only its hash is kept.
    return { ...row, token };
  });
}

export async function findApiTokens(publisher: PublisherContext, db: Db = prisma) {
  const rows = await db.apiToken.findMany({
    where: publisherScoped(publisher),
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, expiresAt: true, lastUsedAt: true, revokedAt: true, createdAt: true, createdBy: { select: { name: true, email: true } } },
  });
  const now = Date.now();
  return rows.map(({ createdBy, ...r }) => ({
    ...r,
    createdByName: createdBy.name ?? createdBy.email,
    status: r.revokedAt ? ("revoked" as const) : r.expiresAt && r.expiresAt.getTime() <= now ? ("expired" as const) : ("active" as const),
  }));
}

export async function revokeApiToken(actor: Actor, publisher: PublisherContext, request: { id: string }, db: PrismaDb = prisma) {
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: publisherScoped(publisher, { id: request.id }), select: { id: true, revokedAt: true, name: true } });
    if (!token) throw new AppError("NOT_FOUND", { userMessage: "That token doesn't exist in your publisher." });
    if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt };
    const revokedAt = new Date();
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt } });
    await recordAudit(tx, actor, { action: "api_token.revoked", targetType: "api_token", targetId: token.id, publisherId: publisher.id, data: { name: token.name } });
    return { id: token.id, revokedAt };
  });
}

/**
 * The publisher and user a bearer token acts for, or null for a malformed, unknown, revoked or
 * expired token (the caller answers 401 without saying which).
 */
export async function authenticateApiToken(token: string, db: Db = prisma) {
  if (!TOKEN_PATTERN.test(token)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      createdById: true,
      publisher: { select: { id: true, slug: true, name: true, isVerified: true } },
      createdBy: { select: { platformRole: true } },
    },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return null;
  // The token acts for its creator, and only while they are still a member of the publisher.
  const member = await db.publisherMember.findUnique({
    where: { publisherId_userId: { publisherId: row.publisher.id, userId: row.createdById } },
    select: { role: true },
  });
  if (!member) return null;
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return {
    actor: { userId: row.createdById, platformRole: row.createdBy.platformRole },
    publisher: { ...row.publisher, role: member.role, userId: row.createdById },
  };
}
