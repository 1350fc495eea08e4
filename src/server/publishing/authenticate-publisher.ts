import type { Db } from "~/server/db";
import { prisma } from "~/server/db";
import type { Actor } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";
import { authenticateApiToken } from "./api-tokens";
import { getPublisherMembership, type PublisherContext } from "./publisher-scope";

/**
 * Who acts for a publisher on the publishing API: a bearer API token (the CLI) scoped to exactly
 * that publisher, or else the signed-in session of one of its members (the author portal).
 */
export async function authenticatePublisherRequest(
  opts: { authorization: string | null; sessionActor: Actor; publisherSlug: string },
  db: Db = prisma,
): Promise<{ actor: NonNullable<Actor>; publisher: PublisherContext }> {
  const bearer = opts.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (opts.authorization) {
    const auth = bearer ? await authenticateApiToken(bearer, db) : null;
    if (!auth) throw new AppError("UNAUTHORIZED", { userMessage: "The API token is missing, malformed, expired or revoked." });
    if (auth.publisher.slug !== opts.publisherSlug) {
      throw new AppError("FORBIDDEN", { userMessage: `This token belongs to the publisher "${auth.publisher.slug}", not "${opts.publisherSlug}".` });
    }
    return auth;
  }
  if (!opts.sessionActor) throw new AppError("UNAUTHORIZED", { userMessage: "Sign in, or send an API token as `Authorization: Bearer <token>`." });
  return { actor: opts.sessionActor, publisher: await getPublisherMembership(opts.sessionActor, opts.publisherSlug, db) };
}
