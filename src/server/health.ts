import { type Db, prisma } from "~/server/db";

export type Health = {
  status: "ok" | "degraded";
  database: { status: "up" | "down"; latencyMs: number | null; migrations: number | null; error?: string };
};

/** Whether the database answers, how fast, and how many migrations it has applied. */
export async function checkHealth(db: Db = prisma): Promise<Health> {
  const started = performance.now();
  try {
    const rows = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    return {
      status: "ok",
      database: { status: "up", latencyMs: Math.round(performance.now() - started), migrations: Number(rows[0]?.n ?? 0) },
    };
  } catch (e) {
    return {
      status: "degraded",
      database: { status: "down", latencyMs: null, migrations: null, error: e instanceof Error ? e.message.split("\n")[0] : "unknown" },
    };
  }
}
