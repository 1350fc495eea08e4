import type { Prisma } from "~/generated/prisma/client";

export const MODULE_CARD_SELECT = {
  id: true,
  slug: true,
  name: true,
  summary: true,
  iconUrl: true,
  pricingModel: true,
  priceCents: true,
  currency: true,
  billingInterval: true,
  ratingAverage: true,
  ratingCount: true,
  activeInstalls: true,
  isFeatured: true,
  updatedAt: true,
  publisher: { select: { slug: true, name: true, isVerified: true } },
  category: { select: { slug: true, name: true } },
  latestVersion: { select: { version: true } },
} satisfies Prisma.ModuleSelect;

export type ModuleCardRow = Prisma.ModuleGetPayload<{ select: typeof MODULE_CARD_SELECT }>;

export const VERSION_DETAIL_SELECT = {
  id: true,
  version: true,
  state: true,
  changelog: true,
  coreRange: true,
  permissions: true,
  optionalPermissions: true,
  sizeBytes: true,
  publishedAt: true,
  yankReason: true,
  dependencies: { select: { moduleSlug: true, range: true, isOptional: true }, orderBy: { moduleSlug: "asc" } },
} satisfies Prisma.ModuleVersionSelect;

export const MODULE_DETAIL_SELECT = {
  ...MODULE_CARD_SELECT,
  description: true,
  tags: true,
  screenshots: true,
  status: true,
  takenDownReason: true,
  installCount: true,
  ratingHistogram: true,
  publishedAt: true,
  publisherId: true,
} satisfies Prisma.ModuleSelect;
