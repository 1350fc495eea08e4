import type { SeedPublisher, SeedTenant, SeedUser } from "./types";

/** Every demo account signs in with this password (stored as a bcrypt hash). */
export const DEMO_PASSWORD = "demo1234";

/** Used to tell whether the demo is already in a database. */
export const SENTINEL_USER_EMAIL = "root@adx.test";

// The first ten are named in the README and relied on by the end-to-end tests: keep the emails.
export const USERS: SeedUser[] = [
  { email: "root@adx.test", name: "Riley Root", platformRole: "ADMIN" },
  { email: "mod@adx.test", name: "Morgan Moderator", platformRole: "MODERATOR" },
  { email: "alice@acme.test", name: "Alice Admin" },
  { email: "owen@acme.test", name: "Owen Owner" },
  { email: "mia@acme.test", name: "Mia Member" },
  { email: "bob@globex.test", name: "Bob Builder" },
  { email: "carol@initech.test", name: "Carol Chen" },
  { email: "dev@northwind.dev", name: "Dana Developer" },
  { email: "team@adx.test", name: "ADX Core Team" },
  { email: "sales@ledgerly.io", name: "Lee Ledger" },
  { email: "priya@civicstack.org", name: "Priya Raman" },
  // Reviewers: ordinary members of the tenants below, so that reviews come from tenants that
  // really have the module installed.
  { email: "reviewer01@example.test", name: "Jordan Blake" },
  { email: "reviewer02@example.test", name: "Samira Haddad" },
  { email: "reviewer03@example.test", name: "Tomás Ortega" },
  { email: "reviewer04@example.test", name: "Hannah Weiss" },
  { email: "reviewer05@example.test", name: "Kwame Mensah" },
  { email: "reviewer06@example.test", name: "Elena Petrova" },
  { email: "reviewer07@example.test", name: "Marcus Reid" },
  { email: "reviewer08@example.test", name: "Aiko Tanaka" },
  { email: "reviewer09@example.test", name: "Luis Fernández" },
  { email: "reviewer10@example.test", name: "Grace O'Neill" },
  { email: "reviewer11@example.test", name: "Rahul Mehta" },
  { email: "reviewer12@example.test", name: "Fatima Zahra" },
];

export const TENANTS: SeedTenant[] = [
  {
    slug: "acme",
    name: "Acme Corporation",
    coreVersion: "2.3.0",
    members: [
      { email: "owen@acme.test", role: "OWNER" },
      { email: "alice@acme.test", role: "ADMIN" },
      { email: "mia@acme.test", role: "MEMBER" },
      { email: "reviewer01@example.test", role: "MEMBER" },
      { email: "reviewer02@example.test", role: "MEMBER" },
      { email: "reviewer03@example.test", role: "ADMIN" },
    ],
  },
  {
    slug: "globex",
    name: "Globex Industries",
    coreVersion: "2.1.0",
    members: [
      { email: "alice@acme.test", role: "OWNER" },
      { email: "bob@globex.test", role: "ADMIN" },
      { email: "reviewer04@example.test", role: "MEMBER" },
      { email: "reviewer05@example.test", role: "MEMBER" },
    ],
  },
  {
    // Nothing installed: its Modules page shows the empty state.
    slug: "initech",
    name: "Initech",
    coreVersion: "3.0.0",
    members: [{ email: "carol@initech.test", role: "OWNER" }],
  },
  {
    slug: "vandelay",
    name: "Vandelay Industries",
    coreVersion: "2.3.0",
    members: [
      { email: "reviewer06@example.test", role: "OWNER" },
      { email: "reviewer07@example.test", role: "ADMIN" },
    ],
  },
  {
    slug: "pied-piper",
    name: "Pied Piper",
    coreVersion: "2.2.0",
    members: [
      { email: "reviewer08@example.test", role: "OWNER" },
      { email: "reviewer09@example.test", role: "MEMBER" },
    ],
  },
  {
    slug: "dunder-mifflin",
    name: "Dunder Mifflin Paper",
    coreVersion: "3.0.0",
    members: [
      { email: "reviewer10@example.test", role: "OWNER" },
      { email: "reviewer11@example.test", role: "ADMIN" },
      { email: "reviewer12@example.test", role: "MEMBER" },
    ],
  },
];

export const PUBLISHERS: SeedPublisher[] = [
  {
    slug: "adx-core",
    name: "ADX Core Team",
    description:
      "The team that builds ADX Core. We maintain the reference business modules (clients, projects, invoices, CRM) and the security essentials, and keep them compatible with every supported core release.",
    website: "https://adx.example",
    isVerified: true,
    members: [{ email: "team@adx.test", role: "OWNER" }],
  },
  {
    slug: "northwind-labs",
    name: "Northwind Labs",
    description:
      "A small studio in Portland building practical modules for service businesses: helpdesk, time tracking, inventory and HR. Support replies within one business day.",
    website: "https://northwind.dev",
    isVerified: true,
    members: [{ email: "dev@northwind.dev", role: "OWNER" }],
  },
  {
    slug: "ledgerly",
    name: "Ledgerly",
    description:
      "Accounting people who write software. Ledgerly makes finance modules for ADX: recurring invoices, expenses and payroll that your accountant will actually like.",
    website: "https://ledgerly.io",
    isVerified: false,
    stripeAccountId: "acct_demo_ledgerly",
    payoutsEnabled: true,
    members: [{ email: "sales@ledgerly.io", role: "OWNER" }],
  },
  {
    slug: "civicstack",
    name: "CivicStack",
    description:
      "Open-source tools for associations, clubs and cooperatives: member registers, digital membership cards, dues, elections and forums.",
    website: "https://civicstack.org",
    isVerified: false,
    members: [{ email: "priya@civicstack.org", role: "OWNER" }],
  },
];
