import { type Db, prisma } from "~/server/db";
import { getSearchPort, type SearchPort } from "./search-port";

export type TSyncOutcome = { backend: string; skipped: boolean; indexed: number; removed: number };

/**
 * Brings one module's search entry up to date after a catalog change (published, updated,
 * deprecated, yanked, taken down, restored): indexed if it is published, removed otherwise. The
 * module is re-read, so events are pointers and a late or repeated event does no harm. Nothing to
 * do for the PostgreSQL backend, which indexes its own rows.
 */
export async function syncModuleSearch(moduleId: string, port: SearchPort = getSearchPort()): Promise<TSyncOutcome> {
  if (!port.needsSync) return { backend: port.backend, skipped: true, indexed: 0, removed: 0 };
  const { indexed, removed } = await port.indexModules([moduleId]);
  return { backend: port.backend, skipped: false, indexed, removed };
}

/** The same, for events that name the module by slug (install statistics change popularity). */
export async function syncModuleSearchBySlug(slug: string, port: SearchPort = getSearchPort(), db: Db = prisma): Promise<TSyncOutcome> {
  if (!port.needsSync) return { backend: port.backend, skipped: true, indexed: 0, removed: 0 };
  const module = await db.module.findUnique({ where: { slug }, select: { id: true } });
  if (!module) return { backend: port.backend, skipped: true, indexed: 0, removed: 0 };
  return syncModuleSearch(module.id, port);
}

/** Rebuilds the whole index from the database (`npm run search:rebuild`). */
export async function rebuildSearchIndex(port: SearchPort = getSearchPort()) {
  const { indexed } = await port.rebuild();
  return { backend: port.backend, indexed };
}
