// Guards: a module's rating statistics always equal a fresh aggregate over its visible reviews (issue 5).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prisma } from "~/server/db";
import { hideReview, restoreReview } from "~/server/moderation/moderate-review";
import { isAppError } from "~/server/shared/app-error";
import { actorOf, createCategory, createInstallation, createModule, createPublisher, createTenant, createUser, createVersion } from "../../../test/factories";
import { createReview } from "./create-review";
import { deleteReview } from "./delete-review";
import { updateReview } from "./update-review";

const REVIEWERS = 4;

type Op =
  | { kind: "create" | "edit"; who: number; rating: number }
  | { kind: "delete" | "hide" | "restore"; who: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom("create" as const, "edit" as const), who: fc.nat(REVIEWERS - 1), rating: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constantFrom("delete" as const, "hide" as const, "restore" as const), who: fc.nat(REVIEWERS - 1) }),
);

/** What PostgreSQL itself says about the visible reviews, next to what the module row says. */
async function compare(moduleId: string) {
  const [fresh] = await prisma.$queryRaw<{ count: number; sum: number; avg: number | null }[]>`
    SELECT count(*)::int AS count, coalesce(sum(rating), 0)::int AS sum, avg(rating)::float8 AS avg
    FROM "Review" WHERE "moduleId" = ${moduleId} AND visibility = 'VISIBLE'`;
  const groups = await prisma.$queryRaw<{ rating: number; n: number }[]>`
    SELECT rating, count(*)::int AS n FROM "Review" WHERE "moduleId" = ${moduleId} AND visibility = 'VISIBLE' GROUP BY rating`;
  const histogram = [1, 2, 3, 4, 5].map((stars) => groups.find((g) => g.rating === stars)?.n ?? 0);
  const m = await prisma.module.findUniqueOrThrow({ where: { id: moduleId }, select: { ratingCount: true, ratingSum: true, ratingAverage: true, ratingHistogram: true } });
  expect(m.ratingCount).toBe(fresh?.count);
  expect(m.ratingSum).toBe(fresh?.sum);
  expect(m.ratingHistogram).toEqual(histogram);
  expect(m.ratingAverage).toBeCloseTo(fresh?.avg ?? 0, 12);
}

describe("rating statistics", () => {
  it("equal a fresh aggregate after every step of any sequence of creates, edits, hides, restores and deletes", async () => {
    const category = await createCategory(prisma);
    const moderator = actorOf(await createUser(prisma, { role: "MODERATOR" }));
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        const publisher = await createPublisher(prisma);
        const module = await createModule(prisma, { publisherId: publisher.id, categoryId: category.id });
        const version = await createVersion(prisma, { moduleId: module.id });
        const reviewers = await Promise.all(
          Array.from({ length: REVIEWERS }, async () => {
            const user = await createUser(prisma);
            const tenant = await createTenant(prisma, { members: [{ userId: user.id, role: "MEMBER" }] });
            await createInstallation(prisma, { tenantId: tenant.id, moduleId: module.id, versionId: version.id });
            return { actor: actorOf(user), tenant, reviewId: null as string | null };
          }),
        );
        for (const op of ops) {
          const r = reviewers[op.who];
          if (!r) throw new Error("no reviewer");
          const reason = "Moderated in the property test.";
          try {
            switch (op.kind) {
              case "create":
                r.reviewId = (await createReview(r.actor, r.tenant, { moduleSlug: module.slug, rating: op.rating, body: `Rated ${op.rating} in a test.` })).id;
                break;
              case "edit":
                await updateReview(r.actor, r.tenant, { id: r.reviewId ?? "missing", data: { rating: op.rating, body: `Now rated ${op.rating} in a test.` } });
                break;
              case "delete":
                await deleteReview(r.actor, { id: r.reviewId ?? "missing" });
                r.reviewId = null;
                break;
              case "hide":
                await hideReview(moderator, { reviewId: r.reviewId ?? "missing", reason });
                break;
              case "restore":
                await restoreReview(moderator, { reviewId: r.reviewId ?? "missing", reason });
                break;
            }
          } catch (e) {
            // Steps that make no sense in the current state (editing a review that doesn't exist,
            // hiding a hidden one, a second review) are refused with a domain error and change nothing.
            if (!isAppError(e) || !["NOT_FOUND", "CONFLICT", "PRECONDITION_FAILED"].includes(e.code)) throw e;
          }
          await compare(module.id);
        }
      }),
      { numRuns: 30 },
    );
  });
});
