/**
 * The review flow of a version: draft → submitted → approved | rejected → published →
 * deprecated | yanked. Each transition is checked against who may make it and the state it starts
 * from, applied atomically (a concurrent change answers CONFLICT), written to the audit log and
 * announced to the publisher's members in the app.
 */
import { z } from "zod";
import type { ModerationAction, ModuleStatus, VersionState } from "~/generated/prisma/enums";
import { notifyPublisherMembers } from "~/server/accounts/notify";
import { announceCatalogChange, type TCatalogChange } from "~/server/catalog/announce-catalog-change";
import { recordAudit } from "~/server/audit/record-audit";
import { type Db, inTransaction, prisma } from "~/server/db";
import { type Actor, requireModerator, type SignedInActor } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";
import { checkDependencies } from "./check-dependencies";
import { ZCheckReportSchema } from "./stored-json";
import { refreshLatestVersion } from "./publishing.queries";
import { type PublisherContext, publisherScoped } from "./publisher-scope";

export const AUTHOR_ACTIONS = ["submit", "withdraw", "deprecate", "yank"] as const;
export const MODERATOR_ACTIONS = ["approve", "reject", "yank"] as const;
export type VersionAction = (typeof AUTHOR_ACTIONS)[number] | (typeof MODERATOR_ACTIONS)[number];

type Rule = { from: VersionState[]; to: VersionState; needsReason: boolean; verb: string; audit: string };

const RULES: Record<VersionAction, Rule> = {
  submit: { from: ["DRAFT"], to: "SUBMITTED", needsReason: false, verb: "submitted for review", audit: "version.submitted" },
  withdraw: { from: ["SUBMITTED"], to: "DRAFT", needsReason: false, verb: "withdrawn from review", audit: "version.withdrawn" },
  approve: { from: ["SUBMITTED"], to: "PUBLISHED", needsReason: false, verb: "approved and published", audit: "version.approved" },
  reject: { from: ["SUBMITTED"], to: "REJECTED", needsReason: true, verb: "rejected", audit: "version.rejected" },
  deprecate: { from: ["PUBLISHED"], to: "DEPRECATED", needsReason: false, verb: "deprecated", audit: "version.deprecated" },
  yank: { from: ["PUBLISHED", "DEPRECATED"], to: "YANKED", needsReason: true, verb: "yanked", audit: "version.yanked" },
};

const MODERATION_ACTION: Partial<Record<VersionAction, ModerationAction>> = { approve: "APPROVE", reject: "REJECT", yank: "YANK" };
/** Transitions that change what the public catalog shows, announced after they commit (search sync). */
const CATALOG_CHANGE: Partial<Record<VersionAction, TCatalogChange>> = { approve: "published", deprecate: "deprecated", yank: "yanked" };

export const ZReasonSchema = z.string().trim().min(10, "Give a reason of at least 10 characters, so the author knows what to change").max(2000);

const STATE_WORDS: Record<VersionState, string> = {
  DRAFT: "a draft",
  SUBMITTED: "in review",
  APPROVED: "approved",
  REJECTED: "rejected",
  PUBLISHED: "published",
  DEPRECATED: "deprecated",
  YANKED: "yanked",
};

type VersionRow = {
  id: string;
  version: string;
  state: VersionState;
  checkReport: unknown;
  module: { id: string; slug: string; name: string; publisherId: string; publisher: { slug: string } };
};

const VERSION_ROW_SELECT = {
  id: true,
  version: true,
  state: true,
  checkReport: true,
  module: { select: { id: true, slug: true, name: true, publisherId: true, publisher: { select: { slug: true } } } },
} as const;

async function applyTransition(
  db: Db,
  actor: SignedInActor,
  row: VersionRow,
  action: VersionAction,
  reason: string | undefined,
) {
  const rule = RULES[action];
  if (!rule.from.includes(row.state)) {
    throw new AppError("PRECONDITION_FAILED", {
      userMessage: `Version ${row.version} is ${STATE_WORDS[row.state]}, so it can't be ${rule.verb}.`,
    });
  }
  const cleanReason = rule.needsReason ? ZReasonSchema.parse(reason) : reason?.trim() || undefined;

  if (action === "submit") await assertSubmittable(db, row);

  const result = await inTransaction(db, async (tx) => {
    const now = new Date();
    // Optimistic: only moves the version if it is still in the state we checked.
    const moved = await tx.moduleVersion.updateMany({
      where: { id: row.id, state: { in: rule.from } },
      data: {
        state: rule.to,
        ...(action === "submit" ? { submittedAt: now, rejectionReason: null } : {}),
        ...(action === "withdraw" ? { submittedAt: null } : {}),
        ...(action === "approve" ? { publishedAt: now } : {}),
        ...(action === "reject" ? { rejectionReason: cleanReason } : {}),
        ...(action === "yank" ? { yankReason: cleanReason } : {}),
      },
    });
    if (moved.count === 0) {
      throw new AppError("CONFLICT", { userMessage: `Version ${row.version} changed meanwhile. Reload and try again.` });
    }
    if (["approve", "deprecate", "yank"].includes(action)) await refreshLatestVersion(tx, row.module.id);

    const moderation = MODERATION_ACTION[action];
    if (moderation && (action !== "yank" || actor.platformRole !== "USER")) {
      await tx.moderationDecision.create({
        data: { moderatorId: actor.userId, action: moderation, reason: cleanReason ?? null, moduleId: row.module.id, versionId: row.id },
      });
    }
    const auditBase = { targetType: "version", targetId: row.id, publisherId: row.module.publisherId };
    const data = { module: row.module.slug, version: row.version, from: row.state, to: rule.to, ...(cleanReason ? { reason: cleanReason } : {}) };
    if (action === "approve") {
      // Approval publishes at once; both transitions are on the record.
      await recordAudit(tx, actor, { ...auditBase, action: "version.approved", data: { ...data, to: "APPROVED" } });
      await recordAudit(tx, actor, { ...auditBase, action: "version.published", data: { ...data, from: "APPROVED" } });
    } else {
      await recordAudit(tx, actor, { ...auditBase, action: rule.audit, data });
    }
    await notifyPublisherMembers(tx, row.module.publisherId, {
      kind: `version.${action}`,
      title: `${row.module.name} ${row.version} was ${rule.verb}`,
      body: cleanReason ? `Reason: ${cleanReason}` : "",
      link: `/p/${row.module.publisher.slug}/modules/${row.module.slug}`,
    }, actor.userId);
    return { id: row.id, version: row.version, state: rule.to, moduleSlug: row.module.slug };
  });
  const change = CATALOG_CHANGE[action];
  if (change) await announceCatalogChange(db, row.module.id, change);
  return result;
}

/** A version goes to review only when its automated checks pass, including a fresh dependency check. */
async function assertSubmittable(db: Db, row: VersionRow) {
  const report = ZCheckReportSchema.safeParse(row.checkReport);
  const failedChecks = report.success ? report.data.checks.filter((c) => c.status === "failed" && c.name !== "dependencies") : [];
  if (!report.success || failedChecks.length > 0) {
    throw new AppError("PRECONDITION_FAILED", { userMessage: "This version's automated checks failed; upload a fixed version instead." });
  }
  const deps = await db.versionDependency.findMany({ where: { versionId: row.id }, select: { moduleSlug: true, range: true, isOptional: true } });
  const fresh = await checkDependencies(db, deps);
  const checks = [...report.data.checks.filter((c) => c.name !== "dependencies"), fresh];
  await db.moduleVersion.update({ where: { id: row.id }, data: { checkReport: { ok: fresh.status !== "failed", checks } } });
  if (fresh.status === "failed") {
    throw new AppError("PRECONDITION_FAILED", {
      userMessage: `Its dependencies can't be met yet: ${fresh.problems.join("; ")}`,
      details: { problems: fresh.problems },
    });
  }
}

/** Authors submit, withdraw, deprecate and yank versions of their own publisher's modules. */
export async function transitionVersionAsAuthor(
  actor: Actor,
  publisher: PublisherContext,
  request: { moduleSlug: string; version: string; action: (typeof AUTHOR_ACTIONS)[number]; reason?: string },
  db: Db = prisma,
) {
  if (!actor) throw new AppError("UNAUTHORIZED");
  const row = await db.moduleVersion.findFirst({
    where: { version: request.version, module: publisherScoped(publisher, { slug: request.moduleSlug }) },
    select: VERSION_ROW_SELECT,
  });
  if (!row) throw new AppError("NOT_FOUND", { userMessage: `There is no version ${request.version} of "${request.moduleSlug}" in your publisher.` });
  return applyTransition(db, actor, row, request.action, request.reason);
}

/** Moderators approve (which publishes), reject (with a reason) or yank any version. */
export async function moderateVersion(
  actor: Actor,
  request: { versionId: string; action: (typeof MODERATOR_ACTIONS)[number]; reason?: string },
  db: Db = prisma,
) {
  const moderator = requireModerator(actor);
  const row = await db.moduleVersion.findUnique({ where: { id: request.versionId }, select: VERSION_ROW_SELECT });
  if (!row) throw new AppError("NOT_FOUND", { userMessage: "That version no longer exists." });
  return applyTransition(db, moderator, row, request.action, request.reason);
}

/** Moderators take a module down (it leaves the catalog; installs keep working) or restore it. */
export async function setModuleTakenDown(
  actor: Actor,
  request: { slug: string; takenDown: boolean; reason?: string },
  db: Db = prisma,
) {
  const moderator = requireModerator(actor);
  const reason = request.takenDown ? ZReasonSchema.parse(request.reason) : undefined;
  const result = await inTransaction(db, async (tx) => {
    const module = await tx.module.findUnique({ where: { slug: request.slug }, select: { id: true, name: true, status: true, publisherId: true, latestVersionId: true } });
    if (!module) throw new AppError("NOT_FOUND", { userMessage: `There is no module called "${request.slug}".` });
    if (request.takenDown ? module.status === "TAKEN_DOWN" : module.status !== "TAKEN_DOWN") {
      throw new AppError("PRECONDITION_FAILED", { userMessage: request.takenDown ? "That module is already taken down." : "That module is not taken down." });
    }
    const status: ModuleStatus = request.takenDown ? "TAKEN_DOWN" : module.latestVersionId ? "PUBLISHED" : "DRAFT";
    await tx.module.update({
      where: { id: module.id },
      data: { status, takenDownReason: reason ?? null, ...(request.takenDown ? { isFeatured: false } : {}) },
    });
    await tx.moderationDecision.create({
      data: { moderatorId: moderator.userId, action: request.takenDown ? "TAKE_DOWN" : "RESTORE_MODULE", reason: reason ?? null, moduleId: module.id },
    });
    await recordAudit(tx, moderator, {
      action: request.takenDown ? "module.taken_down" : "module.restored",
      targetType: "module",
      targetId: module.id,
      publisherId: module.publisherId,
      data: reason ? { reason } : {},
    });
    await notifyPublisherMembers(tx, module.publisherId, {
      kind: request.takenDown ? "module.taken_down" : "module.restored",
      title: `${module.name} was ${request.takenDown ? "taken down" : "restored"} by a moderator`,
      body: reason ? `Reason: ${reason}` : "",
    });
    return { id: module.id, slug: request.slug, status };
  });
  await announceCatalogChange(db, result.id, request.takenDown ? "taken_down" : "restored");
  return { slug: result.slug, status: result.status };
}
