// Guards: the demo seed is complete and consistent, and publishes the reference modules through
// the real publishing path (issues 2 and 3).
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "~/generated/prisma/client";
import { env } from "~/env";
import { readStoredPackage } from "~/server/publishing/package-store";
import { seedDemo } from "../prisma/seed";

describe("demo seed", () => {
  it("seeds a realistic catalog and publishes the reference modules through review", { timeout: 120_000 }, async () => {
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL }) });
    try {
      const result = await seedDemo(db, { reset: true, packageStoreDir: env.PACKAGE_STORE_DIR });
      expect(result.status).toBe("seeded");
      expect(await seedDemo(db, { packageStoreDir: env.PACKAGE_STORE_DIR })).toEqual({ status: "skipped" });

      expect(await db.tenant.count()).toBeGreaterThanOrEqual(3);
      expect(await db.publisher.count()).toBeGreaterThanOrEqual(3);
      expect(await db.module.count({ where: { status: "PUBLISHED" } })).toBeGreaterThanOrEqual(30);
      expect(new Set((await db.module.findMany({ select: { categoryId: true } })).map((m) => m.categoryId)).size).toBeGreaterThanOrEqual(6);
      expect(await db.module.count({ where: { pricingModel: { not: "FREE" }, status: "PUBLISHED" } })).toBeGreaterThanOrEqual(1);
      expect(await db.review.count()).toBeGreaterThan(0);
      for (const role of ["USER", "MODERATOR", "ADMIN"] as const) expect(await db.user.count({ where: { platformRole: role } })).toBeGreaterThan(0);
      for (const role of ["OWNER", "ADMIN", "MEMBER"] as const) expect(await db.tenantMember.count({ where: { role } })).toBeGreaterThan(0);

      // finance → digital-card and membership, as in seed 004
      const finance = await db.moduleVersion.findFirstOrThrow({ where: { module: { slug: "finance" }, state: "PUBLISHED" }, select: { dependencies: true } });
      expect(finance.dependencies.map((d) => d.moduleSlug).sort()).toEqual(["digital-card", "membership"]);

      for (const slug of ["client-management", "project-management", "invoices", "crm"]) {
        const m = await db.module.findUniqueOrThrow({ where: { slug }, select: { latestVersion: { select: { id: true, sha256: true, state: true, migrations: true } } } });
        expect(m.latestVersion?.state).toBe("PUBLISHED");
        const trail = await db.auditLog.findMany({ where: { targetId: m.latestVersion!.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
        expect(trail.map((t) => t.action).sort()).toEqual(["version.approved", "version.published", "version.submitted", "version.uploaded"]);
        expect(Array.isArray(m.latestVersion?.migrations) && m.latestVersion.migrations.length).toBeGreaterThan(0);
        // The package is in the store, and its bytes match the recorded checksum.
        await expect(readStoredPackage(m.latestVersion!.sha256, env.PACKAGE_STORE_DIR)).resolves.toBeInstanceOf(Buffer);
      }
    } finally {
      await db.$disconnect();
    }
  });
});
