import type { SeedCategory } from "./types";

export const CATEGORIES: SeedCategory[] = [
  {
    slug: "business-management",
    name: "Business Management",
    description: "Clients, members, stock and purchasing: the records your business runs on.",
    sortOrder: 1,
    colour: "#2563eb",
  },
  {
    slug: "finance",
    name: "Finance & Accounting",
    description: "Invoicing, expenses, taxes and dues, from the first quote to the paid invoice.",
    sortOrder: 2,
    colour: "#059669",
  },
  {
    slug: "sales-crm",
    name: "Sales & CRM",
    description: "Leads, deals, quotes and campaigns to grow revenue.",
    sortOrder: 3,
    colour: "#db2777",
  },
  {
    slug: "projects",
    name: "Projects & Collaboration",
    description: "Plan work, track time and share knowledge across your team.",
    sortOrder: 4,
    colour: "#7c3aed",
  },
  {
    slug: "communication",
    name: "Communication",
    description: "Support desks, chat, SMS and forums for talking with customers and members.",
    sortOrder: 5,
    colour: "#0891b2",
  },
  {
    slug: "analytics",
    name: "Analytics & Reporting",
    description: "Dashboards, reports and exports that turn your data into decisions.",
    sortOrder: 6,
    colour: "#d97706",
  },
  {
    slug: "hr",
    name: "HR & People",
    description: "Directories, leave, onboarding, hiring and payroll for your people.",
    sortOrder: 7,
    colour: "#e11d48",
  },
  {
    slug: "security",
    name: "Security & Compliance",
    description: "Single sign-on, two-factor authentication, audit trails and privacy tooling.",
    sortOrder: 8,
    colour: "#475569",
  },
];
