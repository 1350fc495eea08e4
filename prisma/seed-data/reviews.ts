import type { SeedReview } from "./types";

/**
 * Reviews come from members of tenants that have the module installed, about the version they
 * run (or ran before their last upgrade). Module rating statistics are computed from the visible
 * ones.
 */
export const REVIEWS: SeedReview[] = [
  // Client Management
  {
    module: "client-management",
    user: "alice@acme.test",
    version: "1.4.0",
    rating: 5,
    at: 100,
    body: "We moved about 400 clients over from a shared spreadsheet in an afternoon. The timeline on each client is now the first thing our account managers open in the morning, and Invoices and CRM picked the clients up without any setup.",
  },
  {
    module: "client-management",
    user: "owen@acme.test",
    version: "1.4.2",
    rating: 4,
    at: 15,
    body: "Does exactly what it says. I'd like custom fields (we track contract renewal dates), but the basics are solid and fast even with a few thousand clients.",
  },
  {
    module: "client-management",
    user: "mia@acme.test",
    version: "1.4.2",
    rating: 5,
    at: 10,
    body: "The duplicate email check on the Add client form has already saved me from creating the same client twice. Simple and pleasant to use.",
  },
  {
    module: "client-management",
    user: "reviewer01@example.test",
    version: "1.4.0",
    rating: 4,
    at: 80,
    body: "Good foundation module. The Name (Company) display setting was exactly what our sales team asked for.",
  },
  {
    module: "client-management",
    user: "bob@globex.test",
    version: "1.4.2",
    rating: 5,
    at: 12,
    body: "Installed it on our older 2.1 core without any trouble. Search is quick and the Recent clients widget is a nice touch.",
  },
  {
    module: "client-management",
    user: "reviewer04@example.test",
    version: "1.4.2",
    rating: 3,
    at: 9,
    body: "Fine for a client list, but there is no bulk edit yet. Archiving 60 old clients meant 60 clicks through the form.",
  },
  {
    module: "client-management",
    user: "reviewer06@example.test",
    version: "1.4.2",
    rating: 5,
    at: 14,
    body: "Everything else we installed builds on this, and it has never been the thing that broke. Five stars for boring reliability.",
  },
  {
    module: "client-management",
    user: "reviewer08@example.test",
    version: "1.3.1",
    rating: 4,
    at: 60,
    body: "Solid. We are still on 1.3.1 because it works; the changelog for 1.4 looks worth the upgrade though.",
  },

  // Invoices
  {
    module: "invoices",
    user: "alice@acme.test",
    version: "2.1.0",
    rating: 4,
    at: 8,
    body: "The outstanding total on the dashboard is great, and numbers with the year keep our accountant happy. Would love recurring invoices built in.",
  },
  {
    module: "invoices",
    user: "owen@acme.test",
    version: "2.0.0",
    rating: 5,
    at: 70,
    body: "Our days-to-paid dropped noticeably once the reminders were on. Invoicing a client takes under a minute.",
  },
  {
    module: "invoices",
    user: "reviewer02@example.test",
    version: "2.1.0",
    rating: 2,
    at: 5,
    body: "No recurring invoices. We bill 30 retainer clients every month and still create each invoice by hand. Everything else is fine, but this is the one feature we needed.",
    authorReply: {
      at: 4,
      body: "Thanks for the honest feedback, Samira. Recurring invoices are planned for Invoices 2.2. Until then, Invoices Pro by Ledgerly adds them on top of this module and keeps your existing invoices.",
    },
  },
  {
    module: "invoices",
    user: "reviewer07@example.test",
    version: "2.0.0",
    rating: 4,
    at: 30,
    body: "Reliable and simple. PDF layout is a bit plain; we haven't needed more.",
  },

  // CRM
  {
    module: "crm",
    user: "alice@acme.test",
    version: "1.1.0",
    rating: 4,
    at: 30,
    body: "Custom stages made it fit our sales process instead of the other way round. The stale deal flag is a gentle nudge the team actually responds to.",
  },
  {
    module: "crm",
    user: "mia@acme.test",
    version: "1.0.0",
    rating: 3,
    at: 60,
    body: "Does the job, but logging a call takes more clicks than it should. Okay for a small team.",
  },
  {
    module: "crm",
    user: "reviewer03@example.test",
    version: "1.1.0",
    rating: 5,
    at: 20,
    body: "Automatic leads for new clients plus the pipeline chart on the dashboard: our weekly sales meeting now takes ten minutes.",
  },
  {
    module: "crm",
    user: "reviewer09@example.test",
    version: "1.1.0",
    rating: 4,
    at: 25,
    body: "Clean and quick. The optional Email Campaigns hook-up is handy for follow-ups after demos.",
  },

  // Project Management
  {
    module: "project-management",
    user: "owen@acme.test",
    version: "2.0.1",
    rating: 3,
    at: 20,
    body: "Good for simple client projects. We switched it off for now because we need Gantt charts for construction schedules; we'll be back if they arrive.",
  },
  {
    module: "project-management",
    user: "reviewer06@example.test",
    version: "2.0.1",
    rating: 4,
    at: 10,
    body: "Linking projects to clients was the missing piece in 1.x. Pairs well with Time Tracking.",
  },

  // Membership
  {
    module: "membership",
    user: "alice@acme.test",
    version: "1.2.0",
    rating: 5,
    at: 40,
    body: "We use it for our staff social club, of all things. Renewal reminders just work and the household memberships cover partners.",
  },
  {
    module: "membership",
    user: "reviewer01@example.test",
    version: "1.2.0",
    rating: 4,
    at: 33,
    body: "Straightforward member register. The CSV import wanted dates in ISO format, which took a minute to figure out.",
  },

  // Helpdesk
  {
    module: "helpdesk",
    user: "bob@globex.test",
    version: "1.2.0",
    rating: 5,
    at: 20,
    body: "Replaced a paid helpdesk for our four-person support team. SLA timers and canned replies are all we needed, and tickets link to our clients.",
  },
  {
    module: "helpdesk",
    user: "reviewer05@example.test",
    version: "1.1.0",
    rating: 4,
    at: 70,
    body: "Round-robin assignment spread the load nicely. Reporting is basic.",
  },
  {
    module: "helpdesk",
    user: "reviewer08@example.test",
    version: "1.2.0",
    rating: 2,
    at: 15,
    body: "Agents don't get told when a ticket is about to breach its SLA, so we still miss targets. Hard to recommend for a team with strict SLAs.",
    authorReply: {
      at: 13,
      body: "You're right, and it's the top request. SLA breach notifications are in Helpdesk 1.3, which is in review now. Thanks for your patience, Aiko.",
    },
  },
  {
    module: "helpdesk",
    user: "reviewer09@example.test",
    version: "1.2.0",
    rating: 5,
    at: 11,
    body: "Set up in fifteen minutes, including forwarding our support address. Satisfaction surveys are a great addition.",
  },
  {
    module: "helpdesk",
    user: "reviewer04@example.test",
    version: "1.2.0",
    rating: 1,
    at: 6,
    body: "Don't bother, get SuperDesk instead — 50% off this week only at superdesk-deals.example!!!",
    hidden: { reason: "Promotional link to another product; not a review of this module.", at: 5 },
  },

  // KPI Dashboards
  {
    module: "kpi-dashboards",
    user: "reviewer06@example.test",
    version: "1.4.0",
    rating: 5,
    at: 22,
    body: "Our Monday numbers used to take an hour in spreadsheets. Now the dashboard is just there, and the email snapshot lands before the meeting.",
  },
  {
    module: "kpi-dashboards",
    user: "reviewer07@example.test",
    version: "1.4.0",
    rating: 3,
    at: 17,
    body: "Useful, but only the predefined metrics. I'd like to define my own formulas.",
  },

  // Time Tracking
  {
    module: "time-tracking",
    user: "reviewer07@example.test",
    version: "1.3.0",
    rating: 4,
    at: 26,
    body: "Timers on tasks are easy to live with. Sending billable hours to Invoices saves our office manager half a day a month.",
  },

  // Email Campaigns
  {
    module: "email-campaigns",
    user: "reviewer08@example.test",
    version: "1.2.1",
    rating: 4,
    at: 5,
    body: "The 1.2.1 CSV import fix solved our only complaint. Templates look good on phones.",
  },
  {
    module: "email-campaigns",
    user: "reviewer10@example.test",
    version: "1.1.0",
    rating: 2,
    at: 40,
    body: "The import tool is garbage. Whoever designed the CSV mapping has clearly never run a real campaign. Works once you fight with it for an hour.",
    flags: [
      { user: "reviewer09@example.test", reason: "Insulting the developers rather than reviewing the module.", at: 38 },
      { user: "bob@globex.test", reason: "Abusive language.", at: 35 },
    ],
  },
  {
    module: "email-campaigns",
    user: "reviewer11@example.test",
    version: "1.2.1",
    rating: 4,
    at: 3,
    body: "Sequences are simple to set up and the open/click stats are clear. Good value for free.",
  },

  // HR Directory
  {
    module: "hr-directory",
    user: "reviewer10@example.test",
    version: "1.1.0",
    rating: 5,
    at: 50,
    body: "The org chart alone was worth it. Custom fields covered our branch and warehouse shifts.",
  },
  {
    module: "hr-directory",
    user: "reviewer12@example.test",
    version: "1.1.0",
    rating: 4,
    at: 35,
    body: "Clean profiles, easy to keep up to date. The anniversaries widget is a nice morale touch.",
  },

  // Leave Management
  {
    module: "leave-management",
    user: "reviewer11@example.test",
    version: "1.0.4",
    rating: 3,
    at: 25,
    body: "Works, but carry-over rules are limited: we can't cap carry-over differently per leave type.",
  },
  {
    module: "leave-management",
    user: "reviewer12@example.test",
    version: "1.0.4",
    rating: 5,
    at: 20,
    body: "Requesting a day off is two taps now, and my manager approves from the notification. The team calendar ended a lot of double-booked holidays.",
  },

  // SSO
  {
    module: "sso-saml",
    user: "reviewer09@example.test",
    version: "1.1.0",
    rating: 5,
    at: 30,
    body: "Connected to Okta in ten minutes following the guide. Domain verification is a thoughtful safety net.",
  },

  // Two-Factor Authentication
  {
    module: "two-factor-auth",
    user: "reviewer08@example.test",
    version: "1.1.0",
    rating: 5,
    at: 20,
    body: "Passkeys work on everyone's laptops and phones, and the grace period meant nobody got locked out during rollout.",
  },

  // Audit Trail
  {
    module: "audit-trail",
    user: "reviewer11@example.test",
    version: "1.2.0",
    rating: 4,
    at: 30,
    body: "Our auditor was happy with the CSV export and the integrity check. The filters could be faster on a year of data.",
  },
];
