import type { SeedApproval, SeedCollection, SeedNotification, SeedPurchase } from "./types";

export const MODERATOR_EMAIL = "mod@adx.test";

/** Approvals recorded just before each of these versions was published. */
export const APPROVALS: SeedApproval[] = [
  { module: "client-management", version: "1.4.2", moderator: MODERATOR_EMAIL },
  { module: "invoices", version: "2.1.0", moderator: MODERATOR_EMAIL, note: "New core range >=2.2.0 checked against the 2.2 release notes." },
  { module: "crm", version: "1.1.0", moderator: MODERATOR_EMAIL },
  { module: "helpdesk", version: "1.2.0", moderator: MODERATOR_EMAIL },
  { module: "email-campaigns", version: "1.2.1", moderator: MODERATOR_EMAIL },
  { module: "invoices-pro", version: "1.2.0", moderator: MODERATOR_EMAIL },
  { module: "payroll", version: "1.4.0", moderator: MODERATOR_EMAIL },
  { module: "inventory", version: "1.2.0", moderator: "root@adx.test" },
];

/** A paid module acme bought, so the billing page has a receipt and the module page a license. */
export const PURCHASES: SeedPurchase[] = [
  {
    tenant: "acme",
    module: "invoices-pro",
    buyer: "owen@acme.test",
    kind: "ONE_TIME",
    licenseStatus: "ACTIVE",
    orderStatus: "PAID",
    amountCents: 4900,
    // 20 % platform fee (PLATFORM_FEE_PERCENT's default)
    platformFeeCents: 980,
    stripeCheckoutSessionId: "cs_demo_acme_invoices_pro",
    stripePaymentIntentId: "pi_demo_acme_invoices_pro",
    paidAt: 9,
  },
];

export const COLLECTIONS: SeedCollection[] = [
  {
    slug: "staff-picks",
    title: "Staff picks",
    description: "Modules our team uses every day and recommends without hesitation.",
    sortOrder: 1,
    modules: ["crm", "helpdesk", "kpi-dashboards", "invoices-pro"],
  },
  {
    slug: "getting-started",
    title: "Getting started",
    description: "New to ADX? Start with clients, projects and invoices, and switch on two-factor authentication.",
    sortOrder: 2,
    modules: ["client-management", "project-management", "invoices", "two-factor-auth"],
  },
];

export const NOTIFICATIONS: SeedNotification[] = [
  {
    user: "dev@northwind.dev",
    kind: "version.rejected",
    title: "Time Tracking 1.4.0 was not approved",
    body: "A moderator rejected this version: its migration drops tt_entries.project_id irreversibly. Read the full reason, fix the package and submit a new version.",
    link: "/p/northwind-labs",
    at: 4,
  },
  {
    user: "dev@northwind.dev",
    kind: "review.created",
    title: "New 2★ review of Helpdesk",
    body: "Aiko Tanaka (Pied Piper) reviewed Helpdesk 1.2.0.",
    link: "/modules/helpdesk#reviews",
    at: 15,
    readAt: 13,
  },
  {
    user: "dev@northwind.dev",
    kind: "version.approved",
    title: "Helpdesk 1.2.0 is live",
    body: "Your version was approved and published. Tenants on Helpdesk 1.x will see the update.",
    link: "/modules/helpdesk",
    at: 50,
    readAt: 49,
  },
  {
    user: "sales@ledgerly.io",
    kind: "module.taken_down",
    title: "Ledgerly Bank Sync was taken down",
    body: "Version 1.0.2 sends bank credentials to an undeclared external host. Submit a version without that call to have the listing restored.",
    link: "/p/ledgerly",
    at: 20,
  },
  {
    user: "sales@ledgerly.io",
    kind: "order.paid",
    title: "New sale: Invoices Pro",
    body: "Acme Corporation bought Invoices Pro for $49.00.",
    link: "/p/ledgerly",
    at: 9,
    readAt: 8,
  },
  {
    user: "team@adx.test",
    kind: "review.created",
    title: "New 2★ review of Invoices",
    body: "Samira Haddad (Acme Corporation) reviewed Invoices 2.1.0.",
    link: "/modules/invoices#reviews",
    at: 5,
    readAt: 4,
  },
  {
    user: "mod@adx.test",
    kind: "review.flagged",
    title: "A review of Email Campaigns was flagged twice",
    body: "Two people flagged a review as abusive.",
    link: "/moderation/reviews",
    at: 35,
  },
];
