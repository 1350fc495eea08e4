// Guards: a mass update or delete built from a missing id is refused instead of touching every row.
import { describe, expect, it } from "vitest";
import { prisma } from "~/server/db";
import { checkHealth } from "~/server/health";
import { createCategory } from "../../test/factories";

describe("db client", () => {
  it("refuses updateMany/deleteMany whose WHERE holds undefined", async () => {
    const cat = await createCategory(prisma, { name: "Keep me" });
    const missing: string | undefined = undefined;
    await expect(prisma.category.updateMany({ where: { id: missing }, data: { name: "Oops" } })).rejects.toThrow(/WHERE contains undefined/);
    await expect(prisma.category.deleteMany({ where: { slug: missing } })).rejects.toThrow(/WHERE contains undefined/);
    expect((await prisma.category.findUniqueOrThrow({ where: { id: cat.id } })).name).toBe("Keep me");
    expect(await prisma.category.updateMany({ where: { id: cat.id }, data: { name: "Renamed" } })).toEqual({ count: 1 });
  });

  it("reports the database as up with its applied migrations", async () => {
    const health = await checkHealth();
    expect(health.status).toBe("ok");
    expect(health.database.status).toBe("up");
    expect(health.database.migrations).toBeGreaterThanOrEqual(3);
  });
});
