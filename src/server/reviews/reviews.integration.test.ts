// Guards: only workspaces that use a module review it, once per person; authors reply once; anyone flags once; moderators hide and restore (issue 5).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/server/db";
import { createCaller } from "~/server/root";
import { isAppError } from "~/server/shared/app-error";
import {
  actorOf,
  createCategory,
  createInstallation,
  createModule,
  createPublisher,
  createTenant,
  createUser,
  createVersion,
} from "../../../test/factories";

type User = Awaited<ReturnType<typeof createUser>>;
const callerFor = (user: User | null) => createCaller({ actor: user ? actorOf(user) : null });
const day = 86_400_000;

/** The call fails with this tRPC code, and the message people see (the AppError's userMessage) says `text`. */
async function expectRefusal(call: Promise<unknown>, code: string, text?: string) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the call was refused").toMatchObject({ code });
  if (text !== undefined) {
    const cause = (error as { cause?: unknown }).cause;
    expect(isAppError(cause) ? cause.userMessage : String(cause)).toContain(text);
  }
}

async function moduleStats(moduleId: string) {
  const m = await prisma.module.findUniqueOrThrow({ where: { id: moduleId }, select: { ratingCount: true, ratingSum: true, ratingAverage: true, ratingHistogram: true } });
  return { count: m.ratingCount, sum: m.ratingSum, average: m.ratingAverage, histogram: m.ratingHistogram };
}

/** A published module with two versions, its publisher (one member) and a category. */
async function createReviewableModule() {
  const author = await createUser(prisma, { name: "Author Person" });
  const publisher = await createPublisher(prisma, { name: "Review Labs", members: [{ userId: author.id }] });
  const category = await createCategory(prisma);
  const module = await createModule(prisma, { publisherId: publisher.id, categoryId: category.id, name: "Reviewable" });
  const v1 = await createVersion(prisma, { moduleId: module.id, version: "1.0.0" });
  const v2 = await createVersion(prisma, { moduleId: module.id, version: "1.1.0" });
  return { author, publisher, module, v1, v2 };
}

/** A user who is a member of a new workspace, optionally with the module installed at `versionId`. */
async function createReviewer(install?: { moduleId: string; versionId: string; status?: "ACTIVE" | "INACTIVE" | "FAILED" }, name?: string) {
  const user = await createUser(prisma, name ? { name } : {});
  const tenant = await createTenant(prisma, { members: [{ userId: user.id, role: "ADMIN" }] });
  if (install) await createInstallation(prisma, { tenantId: tenant.id, ...install });
  return { user, tenant };
}

describe("who may review", () => {
  let ctx: Awaited<ReturnType<typeof createReviewableModule>>;
  beforeAll(async () => {
    ctx = await createReviewableModule();
  });

  it("refuses a member of a workspace without the module, saying what to do", async () => {
    const { user, tenant } = await createReviewer();
    await expectRefusal(
      callerFor(user).reviews.create({ tenant: tenant.slug, moduleSlug: ctx.module.slug, rating: 5, body: "Looks great from the outside." }),
      "FORBIDDEN",
      "Install it in one of your workspaces to review it",
    );
    const found = await callerFor(user).reviews.find({ moduleSlug: ctx.module.slug });
    expect(found.viewer).toMatchObject({ canReview: false, cannotReviewReason: "NOT_INSTALLED", tenants: [] });
    expect(found.viewer.cannotReviewMessage).toContain("Install it in one of your workspaces to review it");
    expect(await prisma.review.count({ where: { moduleId: ctx.module.id } })).toBe(0);
  });

  it("lets a member of a workspace with the module installed review it, recording the workspace and version", async () => {
    const { user, tenant } = await createReviewer({ moduleId: ctx.module.id, versionId: ctx.v1.id });
    const created = await callerFor(user).reviews.create({
      tenant: tenant.slug,
      moduleSlug: ctx.module.slug,
      rating: 4,
      body: "   Does what it says, setup took ten minutes.   ",
    });
    expect(created).toMatchObject({ rating: 4, body: "Does what it says, setup took ten minutes.", version: "1.0.0", tenant: { slug: tenant.slug } });
    const row = await prisma.review.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ tenantId: tenant.id, versionId: ctx.v1.id, userId: user.id, visibility: "VISIBLE" });
  });

  it("counts an inactive installation but not a failed one", async () => {
    const inactive = await createReviewer({ moduleId: ctx.module.id, versionId: ctx.v2.id, status: "INACTIVE" });
    await expect(
      callerFor(inactive.user).reviews.create({ tenant: inactive.tenant.slug, moduleSlug: ctx.module.slug, rating: 3, body: "Switched it off for now." }),
    ).resolves.toMatchObject({ version: "1.1.0" });
    const failed = await createReviewer({ moduleId: ctx.module.id, versionId: ctx.v2.id, status: "FAILED" });
    await expectRefusal(
      callerFor(failed.user).reviews.create({ tenant: failed.tenant.slug, moduleSlug: ctx.module.slug, rating: 1, body: "Never got it to install." }),
      "FORBIDDEN",
    );
  });

  it("does not let another workspace's installation count for you", async () => {
    const installedElsewhere = await createReviewer({ moduleId: ctx.module.id, versionId: ctx.v1.id });
    const outsider = await createReviewer();
    const body = { moduleSlug: ctx.module.slug, rating: 5, body: "Borrowing their install." };
    // Naming a workspace you are not in: the same answer as for one that does not exist.
    await expectRefusal(callerFor(outsider.user).reviews.create({ tenant: installedElsewhere.tenant.slug, ...body }), "NOT_FOUND");
    await expectRefusal(callerFor(outsider.user).reviews.create({ tenant: outsider.tenant.slug, ...body }), "FORBIDDEN", "Install it");
    expect(await prisma.review.count({ where: { userId: outsider.user.id } })).toBe(0);
  });

  it("lets a member of several workspaces pick one that qualifies, and refuses one that does not", async () => {
    const { user, tenant: withModule } = await createReviewer({ moduleId: ctx.module.id, versionId: ctx.v2.id });
    const without = await createTenant(prisma, { name: "Aardvark Without", members: [{ userId: user.id, role: "MEMBER" }] });
    const found = await callerFor(user).reviews.find({ moduleSlug: ctx.module.slug });
    expect(found.viewer).toMatchObject({ canReview: true, tenants: [{ slug: withModule.slug, version: "1.1.0", isInstalled: true }] });
    await expectRefusal(
      callerFor(user).reviews.create({ tenant: without.slug, moduleSlug: ctx.module.slug, rating: 2, body: "From the wrong workspace." }),
      "FORBIDDEN",
      "doesn't have Reviewable installed",
    );
    await expect(
      callerFor(user).reviews.create({ tenant: withModule.slug, moduleSlug: ctx.module.slug, rating: 2, body: "From the right workspace." }),
    ).resolves.toMatchObject({ tenant: { slug: withModule.slug } });
  });

  it("counts a past installation that lasted a week, from the audit log, and not a short trial", async () => {
    const audit = (tenantId: string, action: string, daysAgo: number, version: string) =>
      prisma.auditLog.create({
        data: { tenantId, action, targetType: "module", targetId: ctx.module.id, data: { version }, createdAt: new Date(Date.now() - daysAgo * day) },
      });
    const longUser = await createReviewer();
    await audit(longUser.tenant.id, "module.installed", 40, "1.0.0");
    await audit(longUser.tenant.id, "module.uninstalled", 10, "1.1.0");
    const created = await callerFor(longUser.user).reviews.create({
      tenant: longUser.tenant.slug,
      moduleSlug: ctx.module.slug,
      rating: 3,
      body: "Used it for a month, then moved on.",
    });
    expect(created.version).toBe("1.1.0");
    expect((await prisma.review.findUniqueOrThrow({ where: { id: created.id } })).versionId).toBe(ctx.v2.id);

    const trialUser = await createReviewer();
    await audit(trialUser.tenant.id, "module.installed", 12, "1.0.0");
    await audit(trialUser.tenant.id, "module.uninstalled", 10, "1.0.0");
    await expectRefusal(
      callerFor(trialUser.user).reviews.create({ tenant: trialUser.tenant.slug, moduleSlug: ctx.module.slug, rating: 1, body: "Tried it for two days." }),
      "FORBIDDEN",
    );
  });

  it("does not let the publisher's members review their own module", async () => {
    const tenant = await createTenant(prisma, { members: [{ userId: ctx.author.id, role: "OWNER" }] });
    await createInstallation(prisma, { tenantId: tenant.id, moduleId: ctx.module.id, versionId: ctx.v2.id });
    await expectRefusal(
      callerFor(ctx.author).reviews.create({ tenant: tenant.slug, moduleSlug: ctx.module.slug, rating: 5, body: "Best module ever made." }),
      "FORBIDDEN",
      "can't review it",
    );
  });

  it("asks signed-out visitors to sign in", async () => {
    await expectRefusal(callerFor(null).reviews.create({ tenant: "any", moduleSlug: ctx.module.slug, rating: 5, body: "Anonymous praise." }), "UNAUTHORIZED");
    const found = await callerFor(null).reviews.find({ moduleSlug: ctx.module.slug });
    expect(found.viewer).toMatchObject({ isSignedIn: false, canReview: false, cannotReviewReason: "SIGNED_OUT", myReview: null });
  });

  it("validates rating and text", async () => {
    const { user, tenant } = await createReviewer({ moduleId: ctx.module.id, versionId: ctx.v1.id });
    const c = callerFor(user);
    const base = { tenant: tenant.slug, moduleSlug: ctx.module.slug };
    await expectRefusal(c.reviews.create({ ...base, rating: 6, body: "Six stars for sure." }), "BAD_REQUEST");
    await expectRefusal(c.reviews.create({ ...base, rating: 4.5, body: "Four and a half." }), "BAD_REQUEST");
    await expectRefusal(c.reviews.create({ ...base, rating: 4, body: "   ok      " }), "BAD_REQUEST");
    await expectRefusal(c.reviews.create({ ...base, rating: 4, body: "x".repeat(2001) }), "BAD_REQUEST");
    expect(await prisma.review.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("one review per person, editable, with honest statistics", () => {
  it("refuses a second review, and keeps the statistics right through edits and deletion", async () => {
    const ctx = await createReviewableModule();
    const a = await createReviewer({ moduleId: ctx.module.id, versionId: ctx.v1.id });
    const b = await createReviewer({ moduleId: ctx.module.id, versionId: ctx.v2.id });
    const ra = await callerFor(a.user).reviews.create({ tenant: a.tenant.slug, moduleSlug: ctx.module.slug, rating: 5, body: "Excellent from day one." });
    await callerFor(b.user).reviews.create({ tenant: b.tenant.slug, moduleSlug: ctx.module.slug, rating: 2, body: "Too slow with big lists." });
    expect(await moduleStats(ctx.module.id)).toEqual({ count: 2, sum: 7, average: 3.5, histogram: [0, 1, 0, 0, 1] });

    await expectRefusal(
      callerFor(a.user).reviews.create({ tenant: a.tenant.slug, moduleSlug: ctx.module.slug, rating: 1, body: "Changed my mind entirely." }),
      "CONFLICT",
      "Edit your review instead",
    );

    // The module moved on to 1.1.0 in a's workspace: the edit records the version it now speaks about.
    await prisma.installation.updateMany({ where: { tenantId: a.tenant.id, moduleId: ctx.module.id }, data: { versionId: ctx.v2.id } });
    const edited = await callerFor(a.user).reviews.update({ tenant: a.tenant.slug, id: ra.id, data: { rating: 3, body: "Good, but 1.1 got slower." } });
    expect(edited).toMatchObject({ rating: 3, version: "1.1.0" });
    expect(await moduleStats(ctx.module.id)).toEqual({ count: 2, sum: 5, average: 2.5, histogram: [0, 1, 1, 0, 0] });

    await expectRefusal(
      callerFor(b.user).reviews.update({ tenant: b.tenant.slug, id: ra.id, data: { rating: 1, body: "Editing someone else's." } }),
      "FORBIDDEN",
      "your own review",
    );
    await expectRefusal(callerFor(b.user).reviews.delete({ id: ra.id }), "FORBIDDEN", "your own review");

    await callerFor(a.user).reviews.delete({ id: ra.id });
    expect(await moduleStats(ctx.module.id)).toEqual({ count: 1, sum: 2, average: 2, histogram: [0, 1, 0, 0, 0] });
    // After deleting, they may write a new one.
    await callerFor(a.user).reviews.create({ tenant: a.tenant.slug, moduleSlug: ctx.module.slug, rating: 4, body: "Second thoughts, better now." });
    expect(await moduleStats(ctx.module.id)).toEqual({ count: 2, sum: 6, average: 3, histogram: [0, 1, 0, 1, 0] });
  });

  it("does not mark the module as recently updated when reviews change", async () => {
    const ctx = await createReviewableModule();
    const before = new Date("2025-01-02T03:04:05Z");
    await prisma.module.update({ where: { id: ctx.module.id }, data: { updatedAt: before } });
    const a = await createReviewer({ moduleId: ctx.module.id, versionId: ctx.v1.id });
    await callerFor(a.user).reviews.create({ tenant: a.tenant.slug, moduleSlug: ctx.module.slug, rating: 5, body: "Nice and quick to set up." });
    expect((await prisma.module.findUniqueOrThrow({ where: { id: ctx.module.id } })).updatedAt).toEqual(before);
  });

  it("keeps the statistics exact when many people review at the same moment", async () => {
    const ctx = await createReviewableModule();
    const reviewers = await Promise.all(Array.from({ length: 8 }, () => createReviewer({ moduleId: ctx.module.id, versionId: ctx.v1.id })));
    await Promise.all(
      reviewers.map((r, i) =>
        callerFor(r.user).reviews.create({ tenant: r.tenant.slug, moduleSlug: ctx.module.slug, rating: (i % 5) + 1, body: `Concurrent review number ${i}.` }),
      ),
    );
    expect(await moduleStats(ctx.module.id)).toEqual({ count: 8, sum: 21, average: 21 / 8, histogram: [2, 2, 2, 1, 1] });
  });
});

describe("listing reviews", () => {
  it("pages, sorts and filters visible reviews, naming reviewers without their e-mail", async () => {
    const ctx = await createReviewableModule();
    const specs = [
      { rating: 5, version: ctx.v1, name: "Ada Five" },
      { rating: 1, version: ctx.v1, name: "Bo One" },
      { rating: 3, version: ctx.v2, name: "Cy Three" },
      { rating: 4, version: ctx.v2, name: "Di Four" },
    ];
    const users: User[] = [];
    for (const s of specs) {
      const r = await createReviewer({ moduleId: ctx.module.id, versionId: s.version.id }, s.name);
      await callerFor(r.user).reviews.create({ tenant: r.tenant.slug, moduleSlug: ctx.module.slug, rating: s.rating, body: `Review by ${s.name}, honest.` });
      users.push(r.user);
    }
    const anon = callerFor(null);
    const newest = await anon.reviews.find({ moduleSlug: ctx.module.slug, perPage: 3 });
    expect(newest).toMatchObject({ count: 4, totalPages: 2, currentPage: 1 });
    expect(newest.data.map((r) => r.reviewerName)).toEqual(["Di Four", "Cy Three", "Bo One"]);
    expect(JSON.stringify(newest)).not.toContain("@example.test");
    expect(newest.versions).toEqual([
      { version: "1.1.0", count: 2 },
      { version: "1.0.0", count: 2 },
    ]);
    expect((await anon.reviews.find({ moduleSlug: ctx.module.slug, page: 2, perPage: 3 })).data.map((r) => r.reviewerName)).toEqual(["Ada Five"]);
    expect((await anon.reviews.find({ moduleSlug: ctx.module.slug, sort: "highest" })).data.map((r) => r.rating)).toEqual([5, 4, 3, 1]);
    expect((await anon.reviews.find({ moduleSlug: ctx.module.slug, sort: "lowest" })).data.map((r) => r.rating)).toEqual([1, 3, 4, 5]);
    const v1 = await anon.reviews.find({ moduleSlug: ctx.module.slug, version: "1.0.0", sort: "highest" });
    expect(v1.data.map((r) => [r.rating, r.version])).toEqual([
      [5, "1.0.0"],
      [1, "1.0.0"],
    ]);
    expect((await anon.reviews.find({ moduleSlug: ctx.module.slug, rating: 3 })).data.map((r) => r.reviewerName)).toEqual(["Cy Three"]);

    const mine = await callerFor(users[0] ?? null).reviews.find({ moduleSlug: ctx.module.slug });
    expect(mine.viewer.myReview).toMatchObject({ rating: 5, version: "1.0.0", isHidden: false });
    expect(mine.data.find((r) => r.isMine)?.reviewerName).toBe("Ada Five");
  });

  it("hides reviews of unpublished modules from the public, like the module page", async () => {
    const ctx = await createReviewableModule();
    await prisma.module.update({ where: { id: ctx.module.id }, data: { status: "DRAFT" } });
    await expectRefusal(callerFor(null).reviews.find({ moduleSlug: ctx.module.slug }), "NOT_FOUND");
    await expect(callerFor(ctx.author).reviews.find({ moduleSlug: ctx.module.slug })).resolves.toMatchObject({ count: 0, viewer: { canReply: true } });
  });
});

describe("author replies", () => {
  it("lets a publisher member reply once, audited, and tells the reviewer", async () => {
    const ctx = await createReviewableModule();
    const teammate = await createUser(prisma);
    await prisma.publisherMember.create({ data: { publisherId: ctx.publisher.id, userId: teammate.id, role: "MEMBER" } });
    const r = await createReviewer({ moduleId: ctx.module.id, versionId: ctx.v1.id });
    const review = await callerFor(r.user).reviews.create({ tenant: r.tenant.slug, moduleSlug: ctx.module.slug, rating: 2, body: "Export to CSV is missing." });

    const stranger = await createUser(prisma);
    await expectRefusal(
      callerFor(stranger).reviews.reply({ reviewId: review.id, body: "Not my module." }),
      "FORBIDDEN",
      "Only members of Review Labs can reply to reviews of Reviewable.",
    );
    await expectRefusal(callerFor(r.user).reviews.reply({ reviewId: review.id, body: "Replying to myself." }), "FORBIDDEN");

    const replied = await callerFor(ctx.author).reviews.reply({ reviewId: review.id, body: "  CSV export ships in 1.2 next week.  " });
    expect(replied.reply).toMatchObject({ body: "CSV export ships in 1.2 next week.", publisherName: "Review Labs" });
    await expectRefusal(callerFor(teammate).reviews.reply({ reviewId: review.id, body: "Me too." }), "CONFLICT", "already replied");
    await expectRefusal(callerFor(ctx.author).reviews.reply({ reviewId: review.id, body: "Changed reply." }), "CONFLICT");

    expect(await prisma.auditLog.count({ where: { action: "review.replied", targetId: review.id, actorId: ctx.author.id, publisherId: ctx.publisher.id } })).toBe(1);
    const notes = await prisma.notification.findMany({ where: { userId: r.user.id, kind: "review.replied" } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ title: "Review Labs replied to your review of Reviewable", link: `/modules/${ctx.module.slug}#review-${review.id}` });

    const found = await callerFor(null).reviews.find({ moduleSlug: ctx.module.slug });
    expect(found.data[0]?.reply).toMatchObject({ body: "CSV export ships in 1.2 next week.", publisherName: "Review Labs" });
  });
});

describe("flags and moderation", () => {
  it("lets anyone signed in flag a review once, not their own", async () => {
    const ctx = await createReviewableModule();
    const r = await createReviewer({ moduleId: ctx.module.id, versionId: ctx.v1.id });
    const review = await callerFor(r.user).reviews.create({ tenant: r.tenant.slug, moduleSlug: ctx.module.slug, rating: 1, body: "Buy SuperDesk instead!!!" });
    const flagger = await createUser(prisma);
    await expectRefusal(callerFor(null).reviews.flag({ reviewId: review.id, reason: "Spam" }), "UNAUTHORIZED");
    await expectRefusal(callerFor(r.user).reviews.flag({ reviewId: review.id, reason: "Spam" }), "PRECONDITION_FAILED", "your own review");
    await callerFor(flagger).reviews.flag({ reviewId: review.id, reason: "Spam: advertises another product" });
    await expectRefusal(callerFor(flagger).reviews.flag({ reviewId: review.id, reason: "Spam again" }), "CONFLICT", "already reported");
    expect((await prisma.review.findUniqueOrThrow({ where: { id: review.id } })).flagCount).toBe(1);
    const seen = await callerFor(flagger).reviews.find({ moduleSlug: ctx.module.slug });
    expect(seen.data[0]).toMatchObject({ id: review.id, isFlaggedByMe: true });
  });

  it("lets only moderators list, hide and restore flagged reviews, with a reason, keeping statistics right", async () => {
    const ctx = await createReviewableModule();
    const moderator = await createUser(prisma, { role: "MODERATOR", name: "Mo Derator" });
    const good = await createReviewer({ moduleId: ctx.module.id, versionId: ctx.v1.id });
    const spam = await createReviewer({ moduleId: ctx.module.id, versionId: ctx.v1.id });
    await callerFor(good.user).reviews.create({ tenant: good.tenant.slug, moduleSlug: ctx.module.slug, rating: 5, body: "Solid module, great support." });
    const bad = await callerFor(spam.user).reviews.create({ tenant: spam.tenant.slug, moduleSlug: ctx.module.slug, rating: 1, body: "Visit superdesk-deals.example now!" });
    const [f1, f2] = await Promise.all([createUser(prisma, { name: "Flag One" }), createUser(prisma)]);
    await callerFor(f1).reviews.flag({ reviewId: bad.id, reason: "Spam" });
    await callerFor(f2).reviews.flag({ reviewId: bad.id, reason: "Advertising" });
    expect(await moduleStats(ctx.module.id)).toEqual({ count: 2, sum: 6, average: 3, histogram: [1, 0, 0, 0, 1] });

    const plain = callerFor(f1);
    await expectRefusal(plain.moderation.review.findFlagged({}), "FORBIDDEN");
    await expectRefusal(plain.moderation.review.hide({ reviewId: bad.id, reason: "I don't like it at all." }), "FORBIDDEN", "Only moderators");
    await expectRefusal(plain.moderation.review.restore({ reviewId: bad.id, reason: "I don't like it at all." }), "FORBIDDEN");
    expect((await prisma.review.findUniqueOrThrow({ where: { id: bad.id } })).visibility).toBe("VISIBLE");

    const mod = callerFor(moderator);
    const open = await mod.moderation.review.findFlagged({ status: "open" });
    const listed = open.data.find((r) => r.id === bad.id);
    expect(listed).toMatchObject({ openFlagCount: 2, isHidden: false, module: { slug: ctx.module.slug } });
    expect(listed?.flags.map((f) => f.reason).sort()).toEqual(["Advertising", "Spam"]);

    await expectRefusal(mod.moderation.review.hide({ reviewId: bad.id, reason: "" }), "BAD_REQUEST");
    await expectRefusal(mod.moderation.review.hide({ reviewId: bad.id, reason: "spam" }), "BAD_REQUEST");

    const hidden = await mod.moderation.review.hide({ reviewId: bad.id, reason: "Advertises another product." });
    expect(hidden).toMatchObject({ visibility: "HIDDEN", resolvedFlags: 2, rating: { count: 1, average: 5, histogram: [0, 0, 0, 0, 1] } });
    expect(await moduleStats(ctx.module.id)).toEqual({ count: 1, sum: 5, average: 5, histogram: [0, 0, 0, 0, 1] });
    expect(await prisma.review.findUniqueOrThrow({ where: { id: bad.id } })).toMatchObject({ flagCount: 0, hiddenReason: "Advertises another product." });
    expect(await prisma.reviewFlag.count({ where: { reviewId: bad.id, resolvedAt: null } })).toBe(0);
    expect(await prisma.moderationDecision.count({ where: { reviewId: bad.id, action: "HIDE_REVIEW", moderatorId: moderator.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "review.hidden", targetId: bad.id, actorId: moderator.id } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: spam.user.id, kind: "review.hidden" } })).toBe(1);
    await expectRefusal(mod.moderation.review.hide({ reviewId: bad.id, reason: "Advertises another product." }), "PRECONDITION_FAILED", "already hidden");

    // Gone from the page; its author still sees it, marked hidden with the reason.
    const publicView = await callerFor(null).reviews.find({ moduleSlug: ctx.module.slug });
    expect(publicView.data.map((r) => r.id)).not.toContain(bad.id);
    expect((await callerFor(spam.user).reviews.find({ moduleSlug: ctx.module.slug })).viewer.myReview).toMatchObject({
      id: bad.id,
      isHidden: true,
      hiddenReason: "Advertises another product.",
    });
    // Hidden reviews can't be flagged or replied to.
    await expectRefusal(callerFor(await createUser(prisma)).reviews.flag({ reviewId: bad.id, reason: "Spam" }), "NOT_FOUND");
    await expectRefusal(callerFor(ctx.author).reviews.reply({ reviewId: bad.id, body: "Thanks!" }), "NOT_FOUND");

    const hiddenList = await mod.moderation.review.findFlagged({ status: "hidden" });
    expect(hiddenList.data.find((r) => r.id === bad.id)).toMatchObject({
      isHidden: true,
      openFlagCount: 0,
      lastDecision: { action: "HIDE_REVIEW", moderatorName: "Mo Derator" },
    });
    expect((await mod.moderation.review.findFlagged({ status: "open" })).data.map((r) => r.id)).not.toContain(bad.id);

    const restored = await mod.moderation.review.restore({ reviewId: bad.id, reason: "The author removed the link on appeal." });
    expect(restored).toMatchObject({ visibility: "VISIBLE", rating: { count: 2, average: 3 } });
    expect(await moduleStats(ctx.module.id)).toEqual({ count: 2, sum: 6, average: 3, histogram: [1, 0, 0, 0, 1] });
    expect(await prisma.review.findUniqueOrThrow({ where: { id: bad.id } })).toMatchObject({ hiddenReason: null, visibility: "VISIBLE" });
    expect(await prisma.auditLog.count({ where: { action: "review.restored", targetId: bad.id } })).toBe(1);
    await expectRefusal(mod.moderation.review.restore({ reviewId: bad.id, reason: "Restoring it once more." }), "PRECONDITION_FAILED");
  });

  it("lets a moderator dismiss reports and keep a review visible", async () => {
    const ctx = await createReviewableModule();
    const moderator = await createUser(prisma, { role: "ADMIN" });
    const r = await createReviewer({ moduleId: ctx.module.id, versionId: ctx.v1.id });
    const review = await callerFor(r.user).reviews.create({ tenant: r.tenant.slug, moduleSlug: ctx.module.slug, rating: 2, body: "Harsh but fair criticism." });
    await callerFor(await createUser(prisma)).reviews.flag({ reviewId: review.id, reason: "I disagree with it" });
    const kept = await callerFor(moderator).moderation.review.restore({ reviewId: review.id, reason: "Negative but on topic; stays." });
    expect(kept).toMatchObject({ visibility: "VISIBLE", resolvedFlags: 1, rating: { count: 1 } });
    expect(await prisma.auditLog.count({ where: { action: "review.reports_dismissed", targetId: review.id } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: r.user.id } })).toBe(0);
  });
});
