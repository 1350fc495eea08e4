/**
 * Everything an install job may touch in a tenant, in comparable form: the tenant schema's tables,
 * columns, indexes and rows, the archive schemas, the installation records and the applied
 * migrations. Two snapshots are equal exactly when the tenant is "as it was".
 */
import type { Db } from "~/server/db";

export async function snapshotTenant(db: Db, tenant: { id: string; schemaName: string }) {
  const columns = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT table_name, ordinal_position, column_name, data_type, is_nullable, column_default
       FROM information_schema.columns WHERE table_schema = $1 ORDER BY table_name, ordinal_position`,
    tenant.schemaName,
  );
  const indexes = await db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = $1 ORDER BY tablename, indexname`,
    tenant.schemaName,
  );
  const tables = [...new Set(columns.map((c) => String(c.table_name)))];
  const rows: Record<string, unknown[]> = {};
  for (const t of tables) {
    const data = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT to_jsonb(x)::text AS row FROM "${tenant.schemaName}"."${t}" x ORDER BY 1`);
    rows[t] = data.map((d) => d.row);
  }
  const schemas = await db.$queryRawUnsafe<{ nspname: string }[]>(
    `SELECT nspname FROM pg_namespace WHERE nspname = $1 OR nspname LIKE $2 ORDER BY 1`,
    tenant.schemaName,
    `${tenant.schemaName.slice(0, 40)}_archive_%`,
  );
  const installations = await db.installation.findMany({ where: { tenantId: tenant.id }, orderBy: { id: "asc" } });
  const migrations = await db.tenantModuleMigration.findMany({
    where: { tenantId: tenant.id },
    orderBy: [{ moduleSlug: "asc" }, { name: "asc" }],
    select: { moduleSlug: true, name: true, versionId: true, jobId: true, appliedAt: true },
  });
  return { columns, indexes, rows, schemas: schemas.map((s) => s.nspname), installations, migrations };
}
