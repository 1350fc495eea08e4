/**
 * Shapes of the demo data. The data files hold only facts (who, what, when); prisma/seed.ts turns
 * them into rows, derives everything derivable (manifests, checksums, statistics) and checks the
 * data is consistent before writing it.
 *
 * Times are "days ago" relative to the moment the seed runs, so a fresh demo always has a
 * moderation queue from the last few days and "recently updated" modules from last week.
 */
import type {
  BillingInterval,
  LicenseKind,
  LicenseStatus,
  ModuleStatus,
  OrderStatus,
  PlatformRole,
  PricingModel,
  PublisherRole,
  TenantRole,
  VersionState,
  InstallationStatus,
} from "~/generated/prisma/enums";

export type DaysAgo = number;

export type SeedUser = {
  email: string;
  name: string;
  platformRole?: PlatformRole;
};

export type SeedTenant = {
  slug: string;
  name: string;
  coreVersion: string;
  members: { email: string; role: TenantRole }[];
};

export type SeedPublisher = {
  slug: string;
  name: string;
  description: string;
  website: string;
  isVerified: boolean;
  stripeAccountId?: string;
  payoutsEnabled?: boolean;
  members: { email: string; role: PublisherRole }[];
};

export type SeedCategory = {
  slug: string;
  name: string;
  description: string;
  sortOrder: number;
  /** background of the generated icons of the category's modules */
  colour: string;
};

export type SeedDependency = { slug: string; range: string; optional?: boolean };

export type CheckStatus = "passed" | "failed" | "warning";
export type CheckReport = {
  ok: boolean;
  checks: { name: string; status: CheckStatus; problems: string[] }[];
};

export type SeedVersion = {
  version: string;
  state: VersionState;
  /**
   * PUBLISHED/DEPRECATED/YANKED: when it was published. SUBMITTED/REJECTED: when it was
   * submitted. DRAFT: when it was created.
   */
  at: DaysAgo;
  /** REJECTED: when the moderator decided */
  decidedAt?: DaysAgo;
  /** Overrides of the module's defaults, for versions that differed. */
  coreRange?: string;
  permissions?: string[];
  optionalPermissions?: string[];
  dependencies?: SeedDependency[];
  /** Markdown. Reference modules take it from their CHANGELOG.md instead. */
  changelog?: string;
  /** YANKED: when, and why (a YANK moderation decision is recorded) */
  yankReason?: string;
  yankedAt?: DaysAgo;
  /** REJECTED: the moderator's reason (a REJECT moderation decision is recorded at decidedAt) */
  rejectionReason?: string;
  /** SUBMITTED/REJECTED versions carry their own report; published ones get an all-passed report. */
  checkReport?: CheckReport;
};

export type SeedPricing =
  | { model: Extract<PricingModel, "FREE"> }
  | { model: Extract<PricingModel, "ONE_TIME">; priceCents: number }
  | { model: Extract<PricingModel, "SUBSCRIPTION">; priceCents: number; interval: BillingInterval };

export type SeedModule = {
  slug: string;
  name: string;
  summary: string;
  /** Markdown, shown sanitised on the module page. */
  description: string;
  category: string;
  publisher: string;
  tags: string[];
  pricing: SeedPricing;
  status?: ModuleStatus;
  takenDownReason?: string;
  takenDownAt?: DaysAgo;
  isFeatured?: boolean;
  /** captions; the images are public/screenshots/<slug>-<n>.svg (scripts/make-demo-icons.mjs) */
  screenshots?: string[];
  /**
   * Reference modules are real packages in modules/<slug>/: their newest version's manifest,
   * permissions, dependencies and core range come from its module.toml, changelogs from
   * CHANGELOG.md. The data then lists versions and the overrides of the older ones.
   */
  isReference?: boolean;
  license?: string;
  schemaPrefix?: string;
  coreRange: string;
  permissions: string[];
  optionalPermissions?: string[];
  dependencies?: SeedDependency[];
  /** oldest first */
  versions: SeedVersion[];
};

export type SeedInstallation = {
  tenant: string;
  module: string;
  version: string;
  /** the version it was upgraded from, kept for rollback */
  previousVersion?: string;
  status: InstallationStatus;
  installedBy: string;
  installedAt: DaysAgo;
  /** when it moved from previousVersion to version (required with previousVersion) */
  upgradedAt?: DaysAgo;
  /** INACTIVE: when it was switched off */
  deactivatedAt?: DaysAgo;
  config?: Record<string, unknown>;
};

export type SeedReview = {
  module: string;
  user: string;
  /** the version the reviewer was running; must be installed or the previous version in their tenant */
  version: string;
  rating: 1 | 2 | 3 | 4 | 5;
  at: DaysAgo;
  body: string;
  authorReply?: { body: string; at: DaysAgo };
  hidden?: { reason: string; at: DaysAgo };
  flags?: { user: string; reason: string; at: DaysAgo }[];
};

/**
 * Approvals of published versions. Rejections, yanks, take-downs and hidden reviews are recorded
 * from the version, module and review data themselves, so each fact is written once.
 */
export type SeedApproval = {
  module: string;
  version: string;
  moderator: string;
  note?: string;
};

export type SeedPurchase = {
  tenant: string;
  module: string;
  buyer: string;
  kind: LicenseKind;
  licenseStatus: LicenseStatus;
  orderStatus: OrderStatus;
  amountCents: number;
  platformFeeCents: number;
  stripeCheckoutSessionId: string;
  stripePaymentIntentId: string;
  paidAt: DaysAgo;
};

export type SeedCollection = {
  slug: string;
  title: string;
  description: string;
  sortOrder: number;
  modules: string[];
};

export type SeedNotification = {
  user: string;
  kind: string;
  title: string;
  body: string;
  link?: string;
  at: DaysAgo;
  readAt?: DaysAgo;
};
