import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/server/db";
import type { Actor } from "~/server/shared/actor";

export type AuditEntry = {
  action: string; // "<noun>.<past-tense verb>", e.g. "tenant.renamed", "module.featured"
  targetType: string;
  targetId: string;
  tenantId?: string;
  publisherId?: string;
  data?: Prisma.InputJsonValue;
};

/** Writes one audit-log row; call it inside the transaction of the change it records. */
export async function recordAudit(db: Db, actor: Actor, entry: AuditEntry) {
  await db.auditLog.create({
    data: {
      actorId: actor?.userId ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      tenantId: entry.tenantId ?? null,
      publisherId: entry.publisherId ?? null,
      data: entry.data ?? {},
    },
  });
}
