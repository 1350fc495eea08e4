/**
 * Who may review a module (issue 5): a member of a workspace that has it installed now, or had it
 * installed for a while. "Installed now" is an installation in ACTIVE, INACTIVE or UPGRADING
 * state (installed, whether or not switched on). "For a while" is read from the audit log, the
 * only record that outlives an uninstall (the installation row is deleted): a `module.installed`
 * row and the next `module.uninstalled` row for that workspace and module (targetId = module id)
 * at least PAST_INSTALL_MIN_DAYS apart. A trial of a day does not earn a review; a workspace that
 * used a module for a month and left it does.
 *
 * Members of the module's publisher may not review it (they reply instead), and only published
 * modules take new reviews or edits.
 */
import { z } from "zod";
import type { Db } from "~/server/db";
import type { Actor } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";
import { findMemberTenants, type ReviewModule } from "./reviews.queries";
import type { TCannotReviewReason } from "./reviews.schemas";

export const PAST_INSTALL_MIN_DAYS = 7;
const DAY_MS = 86_400_000;

export const INSTALLED_STATUSES = ["ACTIVE", "INACTIVE", "UPGRADING"] as const;
export const INSTALLED_AUDIT_ACTION = "module.installed";
export const UNINSTALLED_AUDIT_ACTION = "module.uninstalled";

export type InstallEvent = { action: string; createdAt: Date; version: string | null };

/**
 * The version of the most recent install that lasted at least `minDays` before it was uninstalled,
 * from one workspace's install/uninstall history; null if none did. An install with no uninstall
 * after it does not count here (the workspace still has it, or the uninstall was never recorded).
 */
export function qualifyingPastInstall(
  events: InstallEvent[],
  minDays: number = PAST_INSTALL_MIN_DAYS,
): { version: string | null; installedAt: Date; uninstalledAt: Date } | null {
  const sorted = [...events].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  let open: InstallEvent | null = null;
  let found: { version: string | null; installedAt: Date; uninstalledAt: Date } | null = null;
  for (const e of sorted) {
    if (e.action === INSTALLED_AUDIT_ACTION) {
      open ??= e; // a repeated install without an uninstall in between continues the same period
    } else if (e.action === UNINSTALLED_AUDIT_ACTION) {
      if (open && e.createdAt.getTime() - open.createdAt.getTime() >= minDays * DAY_MS) {
        found = { version: e.version ?? open.version, installedAt: open.createdAt, uninstalledAt: e.createdAt };
      }
      open = null;
    }
  }
  return found;
}

const ZAuditVersionSchema = z.object({ version: z.string().optional() }).catch({});

export type ReviewTenant = {
  id: string;
  slug: string;
  name: string;
  versionId: string | null;
  version: string | null;
  isInstalled: boolean;
};

/** The viewer's workspaces that may review the module, installed ones first. */
export async function findReviewTenants(db: Db, userId: string, moduleId: string): Promise<ReviewTenant[]> {
  const tenants = await findMemberTenants(db, userId);
  if (tenants.length === 0) return [];
  const tenantIds = tenants.map((t) => t.id);
  const installations = await db.installation.findMany({
    where: { moduleId, tenantId: { in: tenantIds }, status: { in: [...INSTALLED_STATUSES] } },
    select: { tenantId: true, versionId: true, version: { select: { version: true } } },
  });
  const installed = new Map(installations.map((i) => [i.tenantId, i] as const));

  const others = tenantIds.filter((id) => !installed.has(id));
  const past = new Map<string, { version: string | null }>();
  if (others.length > 0) {
    const audit = await db.auditLog.findMany({
      where: {
        tenantId: { in: others },
        targetType: "module",
        targetId: moduleId,
        action: { in: [INSTALLED_AUDIT_ACTION, UNINSTALLED_AUDIT_ACTION] },
      },
      orderBy: { createdAt: "asc" },
      select: { tenantId: true, action: true, createdAt: true, data: true },
    });
    for (const tenantId of others) {
      const events = audit
        .filter((a) => a.tenantId === tenantId)
        .map((a) => ({ action: a.action, createdAt: a.createdAt, version: ZAuditVersionSchema.parse(a.data).version ?? null }));
      const hit = qualifyingPastInstall(events);
      if (hit) past.set(tenantId, { version: hit.version });
    }
  }
  const pastVersions = [...new Set([...past.values()].map((p) => p.version).filter((v): v is string => v !== null))];
  const versionIds = new Map(
    pastVersions.length > 0
      ? (
          await db.moduleVersion.findMany({ where: { moduleId, version: { in: pastVersions } }, select: { id: true, version: true } })
        ).map((v) => [v.version, v.id] as const)
      : [],
  );

  const out: ReviewTenant[] = [];
  for (const t of tenants) {
    const inst = installed.get(t.id);
    if (inst) {
      out.push({ ...t, versionId: inst.versionId, version: inst.version.version, isInstalled: true });
      continue;
    }
    const p = past.get(t.id);
    if (p) out.push({ ...t, versionId: p.version ? (versionIds.get(p.version) ?? null) : null, version: p.version, isInstalled: false });
  }
  return out.sort((a, b) => Number(b.isInstalled) - Number(a.isInstalled));
}

export type ReviewEligibility =
  | { canReview: true; tenants: ReviewTenant[]; reason: null; message: null }
  | { canReview: false; tenants: ReviewTenant[]; reason: TCannotReviewReason; message: string };

/** Whether the actor may write (or edit) a review of the module, and for which workspaces. */
export async function getReviewEligibility(db: Db, actor: Actor, module: ReviewModule): Promise<ReviewEligibility> {
  const no = (reason: TCannotReviewReason, message: string, tenants: ReviewTenant[] = []): ReviewEligibility => ({
    canReview: false,
    tenants,
    reason,
    message,
  });
  if (!actor) return no("SIGNED_OUT", "Sign in to review this module.");
  if (module.status !== "PUBLISHED") return no("NOT_PUBLISHED", "Reviews are closed while this module is not in the marketplace.");
  const isPublisherMember = (await db.publisherMember.count({ where: { publisherId: module.publisherId, userId: actor.userId } })) > 0;
  if (isPublisherMember) {
    return no("OWN_MODULE", `You publish ${module.name}, so you can't review it. You can reply to its reviews instead.`);
  }
  const tenants = await findReviewTenants(db, actor.userId, module.id);
  if (tenants.length === 0) {
    return no(
      "NOT_INSTALLED",
      `Install it in one of your workspaces to review it. Members of a workspace that has ${module.name} installed, or had it for at least ${PAST_INSTALL_MIN_DAYS} days, can review it.`,
    );
  }
  return { canReview: true, tenants, reason: null, message: null };
}

/** The workspace the reviewer chose, if it qualifies; otherwise a FORBIDDEN (or other) AppError that says why. */
export async function requireReviewTenant(db: Db, actor: Actor, module: ReviewModule, tenantId: string): Promise<ReviewTenant> {
  // Drafts are invisible to everyone but their publisher: don't confirm that one exists.
  if (module.status === "DRAFT") throw new AppError("NOT_FOUND", { userMessage: `There is no module called "${module.slug}".` });
  const eligibility = await getReviewEligibility(db, actor, module);
  if (!eligibility.canReview) {
    const code = eligibility.reason === "SIGNED_OUT" ? "UNAUTHORIZED" : eligibility.reason === "NOT_PUBLISHED" ? "PRECONDITION_FAILED" : "FORBIDDEN";
    throw new AppError(code, { message: `review of ${module.slug}: ${eligibility.reason}`, userMessage: eligibility.message });
  }
  const chosen = eligibility.tenants.find((t) => t.id === tenantId);
  if (!chosen) {
    throw new AppError("FORBIDDEN", {
      message: `review of ${module.slug}: tenant ${tenantId} does not qualify`,
      userMessage: `That workspace doesn't have ${module.name} installed. Choose one that does: ${eligibility.tenants.map((t) => t.name).join(", ")}.`,
    });
  }
  return chosen;
}
