/**
 * Sample records inside the reference modules' own tables, so that a demo tenant's Clients,
 * Projects, Invoices and Deals pages have something in them. The seed creates each tenant's
 * schema and runs the installed reference modules' migrations first. Clients are referred to by
 * name; the seed looks up their ids.
 */
export type SeedClientRecord = { name: string; company: string; email: string; phone?: string; status: "active" | "prospect" | "archived"; notes?: string };
export type SeedProjectRecord = {
  client: string;
  name: string;
  status: "planned" | "active" | "on-hold" | "done";
  startsInDays: number;
  dueInDays: number;
  budgetHours: number;
  tasks: { title: string; assignee: string; dueInDays: number; done?: boolean }[];
};
export type SeedInvoiceRecord = {
  number: string;
  client: string;
  status: "draft" | "sent" | "paid" | "overdue";
  issuedInDays: number;
  dueInDays: number;
  lines: { description: string; quantity: number; unitPriceCents: number }[];
};
export type SeedDealRecord = {
  client: string;
  title: string;
  stage: "lead" | "qualified" | "proposal" | "won" | "lost";
  valueCents: number;
  owner: string;
  closeInDays: number;
};

export type SeedTenantRecords = {
  tenant: string;
  clients: SeedClientRecord[];
  projects?: SeedProjectRecord[];
  invoices?: SeedInvoiceRecord[];
  deals?: SeedDealRecord[];
};

export const TENANT_RECORDS: SeedTenantRecords[] = [
  {
    tenant: "acme",
    clients: [
      { name: "Harbor & Finch LLP", company: "Harbor & Finch LLP", email: "accounts@harborfinch.example", phone: "+1 415 555 0142", status: "active", notes: "Law firm, 3 offices. Billing contact: Dana Ruiz." },
      { name: "Brightwater Dental", company: "Brightwater Dental Group", email: "office@brightwater.example", phone: "+1 503 555 0199", status: "active" },
      { name: "Kestrel Aviation", company: "Kestrel Aviation Services", email: "ops@kestrel-aviation.example", status: "active", notes: "Prefers invoices in EUR for the Dublin branch." },
      { name: "Oakridge Property Group", company: "Oakridge Property Group", email: "pm@oakridge.example", status: "prospect" },
      { name: "Lumen Studio", company: "Lumen Studio", email: "hello@lumenstudio.example", status: "active" },
      { name: "Northgate Schools Trust", company: "Northgate Schools Trust", email: "finance@northgate.example", status: "archived", notes: "Contract ended June; keep for records." },
    ],
    projects: [
      {
        client: "Harbor & Finch LLP",
        name: "Intranet redesign",
        status: "active",
        startsInDays: -40,
        dueInDays: 25,
        budgetHours: 320,
        tasks: [
          { title: "Stakeholder interviews", assignee: "alice@acme.test", dueInDays: -30, done: true },
          { title: "Information architecture", assignee: "mia@acme.test", dueInDays: -5 },
          { title: "Visual design review", assignee: "alice@acme.test", dueInDays: 6 },
        ],
      },
      {
        client: "Kestrel Aviation",
        name: "Maintenance scheduling rollout",
        status: "planned",
        startsInDays: 10,
        dueInDays: 70,
        budgetHours: 160,
        tasks: [{ title: "Kick-off workshop", assignee: "owen@acme.test", dueInDays: 12 }],
      },
    ],
    invoices: [
      { number: "INV-00041", client: "Harbor & Finch LLP", status: "paid", issuedInDays: -52, dueInDays: -22, lines: [{ description: "Intranet discovery phase", quantity: 1, unitPriceCents: 840000 }] },
      { number: "INV-00042", client: "Brightwater Dental", status: "sent", issuedInDays: -12, dueInDays: 18, lines: [{ description: "Monthly support retainer", quantity: 1, unitPriceCents: 150000 }] },
      { number: "INV-00043", client: "Kestrel Aviation", status: "overdue", issuedInDays: -45, dueInDays: -15, lines: [{ description: "Consulting hours", quantity: 18, unitPriceCents: 14500 }] },
      { number: "INV-00044", client: "Lumen Studio", status: "draft", issuedInDays: 0, dueInDays: 30, lines: [{ description: "Brand workshop", quantity: 2, unitPriceCents: 120000 }, { description: "Travel", quantity: 1, unitPriceCents: 23850 }] },
    ],
    deals: [
      { client: "Oakridge Property Group", title: "Tenant portal build", stage: "proposal", valueCents: 4800000, owner: "owen@acme.test", closeInDays: 21 },
      { client: "Brightwater Dental", title: "Second clinic onboarding", stage: "qualified", valueCents: 1200000, owner: "alice@acme.test", closeInDays: 45 },
      { client: "Lumen Studio", title: "Website refresh", stage: "lead", valueCents: 650000, owner: "mia@acme.test", closeInDays: 60 },
      { client: "Harbor & Finch LLP", title: "Intranet phase 2", stage: "won", valueCents: 2600000, owner: "alice@acme.test", closeInDays: -8 },
    ],
  },
  {
    tenant: "globex",
    clients: [
      { name: "Springfield Power", company: "Springfield Nuclear Power Plant", email: "procurement@springfield-power.example", status: "active" },
      { name: "Cypress Creek Homes", company: "Cypress Creek Homes", email: "sales@cypresscreek.example", status: "active" },
      { name: "Monorail Transit Co.", company: "Monorail Transit Co.", email: "info@monorail.example", status: "prospect" },
    ],
  },
];
