/**
 * Test data builders (STYLE.md rule 21): each call creates unique rows, so tests never depend on
 * the demo seed or on each other. Every builder takes the Prisma client to write with.
 */
import crypto from "node:crypto";
import bcrypt from "bcryptjs";
import semver from "semver";
import type { Prisma } from "~/generated/prisma/client";
import type {
  ModuleStatus,
  PlatformRole,
  PricingModel,
  PublisherRole,
  TenantRole,
  VersionState,
} from "~/generated/prisma/enums";
import type { Db } from "~/server/db";
import type { Actor } from "~/server/shared/actor";

export const TEST_PASSWORD = "test-password-1";
// bcrypt is slow on purpose; hash the shared test password once.
const PASSWORD_HASH = bcrypt.hashSync(TEST_PASSWORD, 4);

export const uid = (prefix = "") => `${prefix}${crypto.randomBytes(5).toString("hex")}`;

export const actorOf = (user: { id: string; platformRole: PlatformRole }): Actor => ({
  userId: user.id,
  platformRole: user.platformRole,
});

export async function createUser(db: Db, opts: { role?: PlatformRole; name?: string; email?: string } = {}) {
  const id = uid();
  return db.user.create({
    data: {
      email: opts.email ?? `user-${id}@example.test`,
      name: opts.name ?? `Test User ${id}`,
      passwordHash: PASSWORD_HASH,
      platformRole: opts.role ?? "USER",
    },
  });
}

export async function createTenant(
  db: Db,
  opts: { name?: string; coreVersion?: string; members?: { userId: string; role: TenantRole }[] } = {},
) {
  const slug = uid("t-");
  return db.tenant.create({
    data: {
      slug,
      name: opts.name ?? `Tenant ${slug}`,
      coreVersion: opts.coreVersion ?? "2.3.0",
      schemaName: `tenant_${slug.replaceAll("-", "_")}`,
      members: { create: (opts.members ?? []).map((m) => ({ userId: m.userId, role: m.role })) },
    },
  });
}

export async function createPublisher(
  db: Db,
  opts: { name?: string; isVerified?: boolean; members?: { userId: string; role?: PublisherRole }[] } = {},
) {
  const slug = uid("pub-");
  return db.publisher.create({
    data: {
      slug,
      name: opts.name ?? `Publisher ${slug}`,
      isVerified: opts.isVerified ?? false,
      members: { create: (opts.members ?? []).map((m) => ({ userId: m.userId, role: m.role ?? "OWNER" })) },
    },
  });
}

export async function createCategory(db: Db, opts: { name?: string; sortOrder?: number } = {}) {
  const slug = uid("cat-");
  return db.category.create({ data: { slug, name: opts.name ?? `Category ${slug}`, sortOrder: opts.sortOrder ?? 0 } });
}

export async function createModule(
  db: Db,
  opts: {
    publisherId: string;
    categoryId: string;
    name?: string;
    slug?: string;
    summary?: string;
    description?: string;
    status?: ModuleStatus;
    pricingModel?: PricingModel;
    priceCents?: number;
    isFeatured?: boolean;
    activeInstalls?: number;
    ratingAverage?: number;
    ratingCount?: number;
    updatedAt?: Date;
  },
) {
  const slug = opts.slug ?? uid("mod-");
  return db.module.create({
    data: {
      slug,
      name: opts.name ?? `Module ${slug}`,
      summary: opts.summary ?? `A module for testing called ${slug}`,
      description: opts.description ?? `# ${slug}\n\nDescription.`,
      publisherId: opts.publisherId,
      categoryId: opts.categoryId,
      status: opts.status ?? "PUBLISHED",
      pricingModel: opts.pricingModel ?? "FREE",
      priceCents: opts.priceCents ?? (opts.pricingModel && opts.pricingModel !== "FREE" ? 1000 : 0),
      isFeatured: opts.isFeatured ?? false,
      activeInstalls: opts.activeInstalls ?? 0,
      ratingAverage: opts.ratingAverage ?? 0,
      ratingCount: opts.ratingCount ?? 0,
      publishedAt: opts.status === "DRAFT" ? null : new Date(),
      ...(opts.updatedAt ? { updatedAt: opts.updatedAt } : {}),
    },
  });
}

export async function createVersion(
  db: Db,
  opts: {
    moduleId: string;
    version?: string;
    state?: VersionState;
    permissions?: string[];
    optionalPermissions?: string[];
    coreRange?: string;
    dependencies?: { moduleSlug: string; range: string; isOptional?: boolean }[];
    checkReport?: Prisma.InputJsonValue;
    submittedAt?: Date;
    setLatest?: boolean;
  },
) {
  const version = opts.version ?? "1.0.0";
  const parsed = semver.parse(version);
  if (!parsed) throw new Error(`createVersion: "${version}" is not semver`);
  const state = opts.state ?? "PUBLISHED";
  const created = await db.moduleVersion.create({
    data: {
      moduleId: opts.moduleId,
      version,
      major: parsed.major,
      minor: parsed.minor,
      patch: parsed.patch,
      prerelease: parsed.prerelease.length ? parsed.prerelease.join(".") : null,
      manifest: { module: { version } },
      changelog: `## ${version}\n\n- Changes.`,
      sha256: crypto.createHash("sha256").update(`${opts.moduleId}@${version}`).digest("hex"),
      sizeBytes: 1024,
      state,
      coreRange: opts.coreRange ?? ">=2.0.0",
      permissions: opts.permissions ?? [],
      optionalPermissions: opts.optionalPermissions ?? [],
      checkReport: opts.checkReport,
      submittedAt: opts.submittedAt ?? (state === "DRAFT" ? null : new Date()),
      publishedAt: state === "PUBLISHED" ? new Date() : null,
      dependencies: {
        create: (opts.dependencies ?? []).map((d) => ({ moduleSlug: d.moduleSlug, range: d.range, isOptional: d.isOptional ?? false })),
      },
    },
  });
  if (opts.setLatest ?? state === "PUBLISHED") {
    await db.module.update({ where: { id: opts.moduleId }, data: { latestVersionId: created.id } });
  }
  return created;
}

export async function createInstallation(
  db: Db,
  opts: { tenantId: string; moduleId: string; versionId: string; status?: "ACTIVE" | "INACTIVE" | "FAILED"; grantedPermissions?: string[] },
) {
  return db.installation.create({
    data: {
      tenantId: opts.tenantId,
      moduleId: opts.moduleId,
      versionId: opts.versionId,
      status: opts.status ?? "ACTIVE",
      grantedPermissions: opts.grantedPermissions ?? [],
    },
  });
}
