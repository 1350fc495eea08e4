import type { CheckReport, SeedModule } from "./types";

// Core version ranges. Tenants run 2.1.0 (globex), 2.2.0, 2.3.0 (acme) and 3.0.0 (initech), so
// the ranges below make compatibility differ per tenant.
const ANY_SUPPORTED = ">=2.0.0 <4.0.0";
const FROM_2_2 = ">=2.2.0";
const CORE_3_ONLY = ">=3.0.0";

const passed = (name: CheckReport["checks"][number]["name"]) => ({ name, status: "passed" as const, problems: [] });

/**
 * The catalog: 38 listings across the eight categories. The four reference modules are real
 * packages in modules/<slug>/ (isReference).
 */
export const MODULES: SeedModule[] = [
  // ───────────── ADX Core Team ─────────────
  {
    slug: "client-management",
    name: "Client Management",
    summary: "One place for every client: contacts, notes and a timeline of everything you did for them.",
    category: "business-management",
    publisher: "adx-core",
    tags: ["clients", "customers", "contacts", "crm", "portal"],
    pricing: { model: "FREE" },
    isFeatured: true,
    isReference: true,
    license: "MIT",
    screenshots: ["Client list with search and status badges", "Adding a client from the form"],
    coreRange: ANY_SUPPORTED,
    permissions: ["client.read", "client.write", "client.delete", "file.read", "file.write", "workflow.execute"],
    optionalPermissions: ["billing.read", "analytics.read"],
    description: `Client Management is the client register of your ADX workspace. Every person and company you work for gets one record, with contact details, notes, attached documents and a timeline of everything your team did for them.

It is also the foundation the other business modules build on: **Invoices**, **Project Management** and **CRM** all link their records to the clients kept here, so a client's projects, deals and unpaid invoices are one click away.

## Features

- Searchable, sortable client table with status badges (active, prospect, archived)
- *Add client* form with duplicate-email detection
- Activity timeline on every client, filled automatically by the modules you install
- *Recent clients* widget on the dashboard
- Configurable display names ("Name" or "Name (Company)")
- \`client.created\` event for your own automations

## Works with

| Module | What you get |
|---|---|
| Invoices | invoice any client, see what they owe |
| Project Management | projects grouped by client |
| CRM | deals and a sales pipeline per client |

Your data stays in your workspace's own database schema. Uninstalling asks whether to keep or delete it.`,
    versions: [
      {
        version: "1.2.0",
        state: "DEPRECATED",
        at: 340,
        permissions: ["client.read", "client.write", "client.delete", "workflow.execute"],
        optionalPermissions: [],
      },
      {
        version: "1.3.1",
        state: "PUBLISHED",
        at: 250,
        optionalPermissions: ["billing.read"],
      },
      { version: "1.4.0", state: "PUBLISHED", at: 120 },
      { version: "1.4.2", state: "PUBLISHED", at: 21 },
    ],
  },
  {
    slug: "project-management",
    name: "Project Management",
    summary: "Plan client projects with tasks, milestones and owners, and see at a glance what is late.",
    category: "projects",
    publisher: "adx-core",
    tags: ["projects", "tasks", "milestones", "planning"],
    pricing: { model: "FREE" },
    isReference: true,
    license: "MIT",
    screenshots: ["Projects ordered by due date", "Creating a project for a client"],
    coreRange: ANY_SUPPORTED,
    permissions: ["project.read", "project.write", "client.read", "workflow.execute"],
    optionalPermissions: ["file.read", "file.write", "notification.send"],
    dependencies: [{ slug: "client-management", range: "^1.2" }],
    description: `Project Management gives every client engagement a plan: tasks with owners and due dates, milestones, and a budget in hours. The dashboard's *Late tasks* widget tells the team each morning what slipped.

Since 2.0, projects belong to clients from **Client Management**, so you can open a client and see everything in flight for them.

## Features

- Project table sorted by deadline, with status (planned, active, on hold, done)
- Tasks with assignees, due dates and manual ordering
- Projects close themselves when their last task is done (optional)
- Working-days aware deadline countdowns
- Open project count on each client's summary

## Requirements

Client Management 1.2 or later. Installing Project Management installs it for you if it is missing.`,
    versions: [
      {
        version: "1.8.0",
        state: "DEPRECATED",
        at: 300,
        permissions: ["project.read", "project.write", "workflow.execute"],
        optionalPermissions: ["file.read", "file.write"],
        dependencies: [],
      },
      { version: "2.0.0", state: "PUBLISHED", at: 90 },
      { version: "2.0.1", state: "PUBLISHED", at: 35 },
    ],
  },
  {
    slug: "invoices",
    name: "Invoices",
    summary: "Create, send and track invoices for your clients, with reminders and overdue alerts.",
    category: "finance",
    publisher: "adx-core",
    tags: ["invoicing", "billing", "payments", "accounts-receivable"],
    pricing: { model: "FREE" },
    isFeatured: true,
    isReference: true,
    license: "MIT",
    screenshots: ["Invoice list with status filters", "Outstanding invoices on the dashboard"],
    coreRange: FROM_2_2 + " <4.0.0",
    permissions: ["invoice.read", "invoice.write", "client.read", "billing.read"],
    optionalPermissions: ["notification.send", "file.write"],
    dependencies: [{ slug: "client-management", range: "^1.2" }],
    description: `Invoices turns the work you do for clients into money in the bank. Draft an invoice in seconds from any client in **Client Management**, send it, and let the module chase late payers for you.

## Features

- Sequential invoice numbers with your own prefix, optionally with the year (INV-2025-00042)
- Draft → sent → paid / overdue / void, with a filterable list
- Payment terms per workspace, due dates computed for you
- *Outstanding invoices* total on the dashboard
- Thank-you emails when an invoice is paid (with the optional notification permission)
- Five currencies: USD, EUR, GBP, CAD and AUD

## Compatibility

Invoices 2.1 needs ADX Core 2.2 or later. Workspaces on ADX Core 2.0 or 2.1 are offered Invoices 2.0.0, which has the same data model.

Need recurring invoices, PDF branding or dunning sequences? See **Invoices Pro** by Ledgerly, which builds on this module.`,
    versions: [
      {
        version: "1.9.0",
        state: "DEPRECATED",
        at: 280,
        coreRange: ANY_SUPPORTED,
        permissions: ["invoice.read", "invoice.write", "billing.read"],
        optionalPermissions: ["notification.send"],
        dependencies: [],
      },
      { version: "2.0.0", state: "PUBLISHED", at: 150, coreRange: ANY_SUPPORTED, optionalPermissions: ["notification.send"] },
      { version: "2.1.0", state: "PUBLISHED", at: 12 },
    ],
  },
  {
    slug: "crm",
    name: "CRM",
    summary: "Leads and deals for your clients in a simple pipeline, with a log of every call and email.",
    category: "sales-crm",
    publisher: "adx-core",
    tags: ["crm", "sales", "deals", "pipeline", "leads"],
    pricing: { model: "FREE" },
    isFeatured: true,
    isReference: true,
    license: "MIT",
    screenshots: ["Deals pipeline by value", "Pipeline by stage on the dashboard"],
    coreRange: ANY_SUPPORTED,
    permissions: ["client.read", "client.write", "user.read"],
    optionalPermissions: ["notification.send", "analytics.read"],
    dependencies: [
      { slug: "client-management", range: "^1.2" },
      { slug: "email-campaigns", range: "^1.0", optional: true },
    ],
    description: `A CRM that stays out of your way. Every deal belongs to a client from **Client Management**, moves through the stages you choose, and keeps a log of calls, meetings and emails so anyone can pick it up.

## Features

- Pipeline of deals with value, owner and expected close date
- Your own stages, or the classic lead → qualified → proposal → won / lost
- Automatic leads for new clients (optional)
- Stale-deal flags after a number of quiet days you choose
- *Pipeline by stage* chart on the dashboard

## Better together

With **Email Campaigns** installed (optional), a deal can enrol its contacts in a follow-up sequence. CRM works fine without it.`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 200, dependencies: [{ slug: "client-management", range: "^1.2" }] },
      { version: "1.1.0", state: "PUBLISHED", at: 45 },
    ],
  },
  {
    slug: "audit-trail",
    name: "Audit Trail",
    summary: "A tamper-evident log of who changed what in your workspace, searchable and exportable.",
    category: "security",
    publisher: "adx-core",
    tags: ["audit", "compliance", "logging", "soc2"],
    pricing: { model: "FREE" },
    coreRange: ANY_SUPPORTED,
    permissions: ["user.read", "analytics.read"],
    optionalPermissions: ["file.write"],
    description: `Audit Trail records every change made in your workspace — by people and by modules — in an append-only log where each entry carries the hash of the one before it. If anyone edits history, the chain breaks and the module tells you.

## Features

- Who, what, when and from where for every create, update and delete
- Filters by person, module, record and date range
- Hash-chained entries with a one-click integrity check
- Retention from 90 days to 7 years
- CSV export for your auditors (optional \`file.write\` permission)

Useful evidence for SOC 2, ISO 27001 and GDPR accountability.`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 330, changelog: "- First release." },
      { version: "1.1.0", state: "PUBLISHED", at: 180, changelog: "- Added: retention settings.\n- Added: filter by module." },
      {
        version: "1.2.0",
        state: "PUBLISHED",
        at: 60,
        changelog: "- Added: hash-chained entries and the integrity check.\n- Added: CSV export.",
      },
    ],
  },
  {
    slug: "sso-saml",
    name: "SSO (SAML & OIDC)",
    summary: "Single sign-on with Okta, Microsoft Entra ID, Google Workspace or any SAML 2.0 / OIDC provider.",
    category: "security",
    publisher: "adx-core",
    tags: ["sso", "saml", "oidc", "okta", "entra-id", "security"],
    pricing: { model: "FREE" },
    coreRange: FROM_2_2,
    permissions: ["user.read", "settings.write"],
    description: `Let your team sign in with the identity provider you already use. SSO connects your workspace to Okta, Microsoft Entra ID (Azure AD), Google Workspace, OneLogin, JumpCloud or any SAML 2.0 or OpenID Connect provider.

## Features

- SAML 2.0 and OIDC, with metadata upload or discovery URL
- Just-in-time provisioning: first sign-in creates the member with a default role
- Enforce SSO for everyone, or keep passwords for break-glass admins
- Domain verification so only your email domains can use your provider
- Sign-in events in the Audit Trail module when it is installed

## Requirements

ADX Core 2.2 or later (uses the pluggable sign-in pipeline introduced in 2.2).`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 260, changelog: "- First release: SAML 2.0 with Okta and Entra ID." },
      {
        version: "1.1.0",
        state: "PUBLISHED",
        at: 75,
        changelog: "- Added: OpenID Connect providers.\n- Added: domain verification.\n- Fixed: clock skew tolerance of 3 minutes for SAML assertions.",
      },
      {
        version: "2.0.0-rc.1",
        state: "SUBMITTED",
        at: 0.5,
        changelog: "- **Breaking:** SCIM 2.0 provisioning replaces just-in-time provisioning.\n- Added: group-to-role mapping.",
        checkReport: {
          ok: true,
          checks: [
            {
              name: "manifest",
              status: "warning",
              problems: ["Pre-release version 2.0.0-rc.1: tenants only get it when they choose it explicitly."],
            },
            passed("permissions"),
            passed("migrations"),
          ],
        },
      },
    ],
  },
  {
    slug: "two-factor-auth",
    name: "Two-Factor Authentication",
    summary: "Require authenticator apps, passkeys or backup codes at sign-in, for everyone or just admins.",
    category: "security",
    publisher: "adx-core",
    tags: ["2fa", "mfa", "totp", "passkeys", "security"],
    pricing: { model: "FREE" },
    coreRange: ANY_SUPPORTED,
    permissions: ["user.read", "settings.write"],
    optionalPermissions: ["notification.send"],
    description: `Two-Factor Authentication adds a second step to sign-in: a code from an authenticator app (TOTP), a passkey, or a one-time backup code.

## Features

- Authenticator apps (Google Authenticator, 1Password, Authy…) and passkeys
- Ten single-use backup codes per person
- Policies: optional, required for admins, or required for everyone
- Grace period so people can enrol without being locked out
- Email alert when 2FA is turned off on an account (optional permission)`,
    versions: [
      { version: "1.0.0", state: "DEPRECATED", at: 310, changelog: "- First release: TOTP and backup codes." },
      {
        version: "1.0.1",
        state: "YANKED",
        at: 200,
        changelog: "- Changed: stricter TOTP time window.",
        yankedAt: 199,
        yankReason:
          "Locked out people whose authenticator clock drifted by more than 30 seconds. Fixed in 1.0.2; do not install 1.0.1.",
      },
      { version: "1.0.2", state: "PUBLISHED", at: 198, changelog: "- Fixed: restored the ±1 step TOTP window from 1.0.0." },
      {
        version: "1.1.0",
        state: "PUBLISHED",
        at: 30,
        changelog: "- Added: passkeys (WebAuthn).\n- Added: grace period for enrolment.",
      },
    ],
  },
  {
    slug: "kpi-dashboards",
    name: "KPI Dashboards",
    summary: "Drag-and-drop dashboards for revenue, utilisation and pipeline, built from your installed modules.",
    category: "analytics",
    publisher: "adx-core",
    tags: ["dashboards", "kpi", "charts", "analytics"],
    pricing: { model: "FREE" },
    isFeatured: true,
    screenshots: ["Revenue and utilisation dashboard"],
    coreRange: ANY_SUPPORTED,
    permissions: ["analytics.read"],
    optionalPermissions: ["client.read", "invoice.read", "project.read"],
    description: `KPI Dashboards turns the data your modules already collect into live dashboards. Pick a metric, pick a chart, drag it where you want it.

## Metrics out of the box

| From | Metrics |
|---|---|
| Invoices | revenue, outstanding, days sales outstanding |
| Project Management | utilisation, late tasks, budget burn |
| CRM | pipeline value, win rate, average deal size |
| Client Management | new clients, active clients |

Each metric only appears when the module behind it is installed and you granted the matching optional permission.

## Features

- Line, bar, number and table widgets
- Shared and personal dashboards
- Compare with previous period
- Scheduled email snapshots`,
    versions: [
      { version: "1.3.0", state: "PUBLISHED", at: 210, changelog: "- Added: CRM metrics.\n- Added: compare with previous period." },
      {
        version: "1.4.0",
        state: "PUBLISHED",
        at: 40,
        changelog: "- Added: scheduled email snapshots.\n- Changed: dashboards load 3× faster on large workspaces.",
      },
    ],
  },
  {
    slug: "data-export",
    name: "Data Export",
    summary: "Export clients, projects and invoices to CSV, Excel or JSON on demand or on a schedule.",
    category: "analytics",
    publisher: "adx-core",
    tags: ["export", "csv", "excel", "backup", "data"],
    pricing: { model: "FREE" },
    coreRange: ANY_SUPPORTED,
    permissions: ["client.read", "project.read", "invoice.read", "file.write"],
    description: `Your data is yours. Data Export writes your clients, projects and invoices to CSV, Excel (.xlsx) or JSON whenever you ask, or every night to your workspace's file storage.

## Features

- One-click exports from any table
- Scheduled exports (daily, weekly, monthly)
- Column selection and filters saved as export presets
- UTF-8 with BOM for Excel, ISO dates everywhere`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 150, changelog: "- First release." },
      { version: "1.1.0", state: "PUBLISHED", at: 16, changelog: "- Added: JSON format.\n- Added: export presets." },
    ],
  },
  {
    slug: "workflow-automation",
    name: "Workflow Automation",
    summary: "When this happens, do that: no-code automations across your installed modules.",
    category: "projects",
    publisher: "adx-core",
    tags: ["automation", "workflows", "no-code", "triggers"],
    pricing: { model: "FREE" },
    coreRange: CORE_3_ONLY,
    permissions: ["workflow.execute", "notification.send", "client.read", "project.read"],
    description: `Workflow Automation connects the events modules emit to actions in other modules — "when an invoice is overdue for 7 days, create a task for its account owner" — without writing code.

## Features

- Triggers from any installed module's events
- Conditions on the event's data
- Actions: create records, send notifications, call a webhook
- Run history with the input and result of every step

## Requirements

ADX Core 3.0 or later: it runs on the durable workflow engine introduced in 3.0. Workspaces on 2.x cannot install it yet.`,
    versions: [{ version: "1.0.0", state: "PUBLISHED", at: 25, changelog: "- First release." }],
  },
  {
    slug: "sms-notifications",
    name: "SMS Notifications",
    summary: "Send appointment reminders, alerts and one-time codes by text message through Twilio or Vonage.",
    category: "communication",
    publisher: "adx-core",
    tags: ["sms", "notifications", "twilio", "reminders"],
    pricing: { model: "FREE" },
    coreRange: ANY_SUPPORTED,
    permissions: ["notification.send", "user.read"],
    optionalPermissions: ["client.read"],
    description: `SMS Notifications adds text messages as a notification channel for your workspace and every module in it. Bring your own Twilio or Vonage account; messages are billed by your provider at their rates.

## Features

- Reminders, alerts and one-time codes
- Templates with placeholders and a live preview
- Quiet hours per time zone
- Opt-out handling (STOP) built in
- Delivery receipts in the message log`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 240, changelog: "- First release with Twilio." },
      { version: "1.2.0", state: "PUBLISHED", at: 95, changelog: "- Added: Vonage.\n- Added: quiet hours." },
    ],
  },
  {
    slug: "team-wiki",
    name: "Team Wiki",
    summary: "A simple, searchable knowledge base for processes, how-tos and meeting notes.",
    category: "projects",
    publisher: "adx-core",
    tags: ["wiki", "docs", "knowledge-base", "notes"],
    pricing: { model: "FREE" },
    coreRange: ANY_SUPPORTED,
    permissions: ["file.read", "file.write", "user.read"],
    description: `Team Wiki is where your processes live. Write pages in Markdown, nest them, link them, and find anything with full-text search.

## Features

- Markdown editor with live preview and slash commands
- Page tree with drag-and-drop
- Page history and restore
- Templates for meeting notes, runbooks and onboarding guides`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 160, changelog: "- First release." },
      { version: "1.1.0", state: "PUBLISHED", at: 27, changelog: "- Added: templates.\n- Fixed: search missed words after code blocks." },
    ],
  },

  // ───────────── Northwind Labs ─────────────
  {
    slug: "helpdesk",
    name: "Helpdesk",
    summary: "A shared inbox for customer support: tickets, assignments, canned replies and SLAs.",
    category: "communication",
    publisher: "northwind-labs",
    tags: ["support", "tickets", "helpdesk", "sla", "inbox"],
    pricing: { model: "FREE" },
    isFeatured: true,
    screenshots: ["Ticket inbox with SLA timers", "Ticket conversation with canned replies"],
    coreRange: ANY_SUPPORTED,
    permissions: ["client.read", "user.read", "file.read", "file.write"],
    dependencies: [{ slug: "client-management", range: "^1.2", optional: true }],
    description: `Helpdesk turns your support email address into a shared inbox. Every message becomes a ticket with an owner, a status and an SLA clock, so nothing falls through the cracks.

## Features

- Email-to-ticket with threading and attachments
- Assignment rules and round-robin
- Canned replies with placeholders
- SLA policies with first-response and resolution targets
- Customer satisfaction survey after resolution
- Links tickets to clients when **Client Management** is installed (optional)

## Pricing

Free for unlimited agents. Northwind Labs offers paid onboarding if you want help importing from Zendesk or Freshdesk.`,
    versions: [
      { version: "1.0.0", state: "DEPRECATED", at: 290, changelog: "- First release." },
      { version: "1.1.0", state: "PUBLISHED", at: 160, changelog: "- Added: SLA policies.\n- Added: round-robin assignment." },
      {
        version: "1.2.0",
        state: "PUBLISHED",
        at: 50,
        changelog: "- Added: satisfaction surveys.\n- Added: ticket links to Client Management clients.",
      },
      {
        version: "1.3.0",
        state: "SUBMITTED",
        at: 3,
        permissions: ["client.read", "user.read", "file.read", "file.write", "notification.send"],
        changelog: "- Added: SLA breach notifications to the assigned agent and their team lead.\n- Fixed: attachments over 10 MB failed silently.",
        checkReport: {
          ok: true,
          checks: [
            passed("manifest"),
            {
              name: "permissions",
              status: "warning",
              problems: ["New permission requested: notification.send (send notifications to people in the workspace)."],
            },
            passed("migrations"),
          ],
        },
      },
    ],
  },
  {
    slug: "live-chat",
    name: "Live Chat",
    summary: "A chat widget for your website that lands conversations in your team's inbox.",
    category: "communication",
    publisher: "northwind-labs",
    tags: ["chat", "website", "widget", "support"],
    pricing: { model: "FREE" },
    coreRange: ANY_SUPPORTED,
    permissions: ["client.read", "user.read", "notification.send"],
    dependencies: [{ slug: "helpdesk", range: "^1.1", optional: true }],
    // The raw HTML below is deliberate: authors paste HTML into descriptions, and the module page
    // must show it sanitised (no script runs, no onerror fires). Do not "fix" it.
    description: `Live Chat puts a small chat bubble on your website. Visitors type, your team answers from ADX, and conversations that need follow-up become **Helpdesk** tickets (when Helpdesk is installed).

## Features

- Lightweight widget (11 kB gzipped) with your colours and logo
- Online/offline hours with an email fallback
- Typing indicators, file sharing and transcripts
- Visitor context: page, referrer and, for known clients, their record

## Install the widget

Copy the snippet from *Settings → Live Chat* into your site's template, just before \`</body>\`:

\`\`\`html
<script src="https://chat.northwind.dev/widget.js" data-workspace="YOUR-WORKSPACE-ID" async></script>
\`\`\`

Older themes pasted it like this, which we no longer recommend: <script>alert(1)</script>

<img src="x" onerror="alert('xss')"> Preview of the widget in the corner of a page.`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 130, changelog: "- First release." },
      { version: "1.0.3", state: "PUBLISHED", at: 22, changelog: "- Fixed: widget overlapped cookie banners on mobile." },
    ],
  },
  {
    slug: "email-campaigns",
    name: "Email Campaigns",
    summary: "Newsletters and follow-up sequences to your clients, with templates and open/click stats.",
    category: "sales-crm",
    publisher: "northwind-labs",
    tags: ["email", "newsletter", "marketing", "sequences"],
    pricing: { model: "FREE" },
    coreRange: ANY_SUPPORTED,
    permissions: ["client.read", "notification.send", "analytics.read"],
    description: `Email Campaigns sends newsletters and automated follow-up sequences to the clients in your workspace, and shows you who opened and clicked.

## Features

- Drag-and-drop editor with responsive templates
- Audiences from client status, tags or CRM stage
- Sequences: a series of emails with delays and exit conditions
- Open, click and unsubscribe statistics
- Double opt-in and one-click unsubscribe

**CRM** can enrol a deal's contacts in a sequence when both are installed.`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 220, changelog: "- First release." },
      { version: "1.1.0", state: "PUBLISHED", at: 100, changelog: "- Added: sequences.\n- Added: CSV import of contacts." },
      {
        version: "1.2.1",
        state: "PUBLISHED",
        at: 8,
        changelog: "- Fixed: CSV import now maps columns by header name.\n- Fixed: unsubscribe link in plain-text emails.",
      },
    ],
  },
  {
    slug: "time-tracking",
    name: "Time Tracking",
    summary: "Timers and timesheets on your projects, with billable hours ready to invoice.",
    category: "projects",
    publisher: "northwind-labs",
    tags: ["time-tracking", "timesheets", "billable-hours", "projects"],
    pricing: { model: "FREE" },
    coreRange: ANY_SUPPORTED,
    permissions: ["project.read", "project.write", "user.read"],
    optionalPermissions: ["invoice.write"],
    dependencies: [{ slug: "project-management", range: "^2.0" }],
    description: `Time Tracking adds timers and weekly timesheets to **Project Management**. Start a timer on a task, or fill in the week on Friday; either way your hours land on the right project.

## Features

- One-click timers from any task
- Weekly timesheets with approval by a manager
- Billable and non-billable hours, with rates per person or project
- Send billable hours to **Invoices** (optional \`invoice.write\` permission)
- Utilisation report per person`,
    versions: [
      {
        version: "1.2.0",
        state: "PUBLISHED",
        at: 230,
        dependencies: [{ slug: "project-management", range: ">=1.8.0 <3.0.0" }],
        changelog: "- Added: timesheet approvals.",
      },
      {
        version: "1.3.0",
        state: "PUBLISHED",
        at: 70,
        changelog: "- Changed: requires Project Management 2.x.\n- Added: send billable hours to Invoices.",
      },
      {
        version: "1.4.0",
        state: "REJECTED",
        at: 6,
        decidedAt: 4,
        changelog: "- Changed: time entries are grouped by task instead of project.",
        rejectionReason:
          "Migration 003_group_by_task drops the column tt_entries.project_id and its down migration cannot restore it, so tenants who roll back would lose the project of every time entry. Please make the migration reversible (keep the column until a later major version) and resubmit.",
        checkReport: { ok: true, checks: [passed("manifest"), passed("permissions"), passed("migrations")] },
      },
    ],
  },
  {
    slug: "sales-pipeline",
    name: "Sales Pipeline Board",
    summary: "A drag-and-drop Kanban board and forecast for the deals in your CRM.",
    category: "sales-crm",
    publisher: "northwind-labs",
    tags: ["kanban", "pipeline", "forecast", "sales"],
    pricing: { model: "FREE" },
    coreRange: ANY_SUPPORTED,
    permissions: ["client.read", "analytics.read"],
    dependencies: [{ slug: "crm", range: "^1.0" }],
    description: `Sales Pipeline Board shows your **CRM** deals as cards on a Kanban board. Drag a card to move the deal to the next stage; the weighted forecast updates as you go.

## Features

- Board per owner or for the whole team
- Weighted forecast by stage probability
- Card colours for stale deals
- Keyboard shortcuts for moving cards`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 170, changelog: "- First release." },
      { version: "1.1.0", state: "PUBLISHED", at: 55, changelog: "- Added: weighted forecast.\n- Added: keyboard shortcuts." },
    ],
  },
  {
    slug: "quotes",
    name: "Quotes & Proposals",
    summary: "Send good-looking quotes clients can accept online, then turn them into invoices.",
    category: "sales-crm",
    publisher: "northwind-labs",
    tags: ["quotes", "proposals", "estimates", "e-signature"],
    pricing: { model: "FREE" },
    coreRange: ANY_SUPPORTED,
    permissions: ["client.read", "invoice.write", "file.write"],
    dependencies: [
      { slug: "client-management", range: "^1.2" },
      { slug: "invoices", range: ">=2.0.0 <3.0.0", optional: true },
    ],
    description: `Quotes & Proposals lets you send a quote as a link. Your client reads it, picks options, and accepts with a typed signature. You get notified, and with **Invoices** installed the accepted quote becomes a draft invoice.

## Features

- Line items, optional extras and discounts
- Branded PDF and web view
- Online acceptance with typed signature and timestamp
- Expiry dates and reminders
- One click from accepted quote to invoice (optional)`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 140, changelog: "- First release." },
      { version: "1.1.0", state: "PUBLISHED", at: 28, changelog: "- Added: optional extras clients can tick.\n- Added: expiry reminders." },
    ],
  },
  {
    slug: "report-builder",
    name: "Report Builder",
    summary: "Build tabular and pivot reports across your modules' data without writing SQL.",
    category: "analytics",
    publisher: "northwind-labs",
    tags: ["reports", "pivot", "bi", "analytics"],
    pricing: { model: "FREE" },
    coreRange: FROM_2_2,
    permissions: ["analytics.read", "client.read", "project.read", "invoice.read"],
    optionalPermissions: ["file.write"],
    description: `Report Builder answers the questions dashboards don't: "hours by client by month for Q3", "invoices over 60 days by account owner". Choose fields, filters and groupings; get a table or a pivot.

## Features

- Visual query builder across clients, projects, invoices and deals
- Pivot tables with subtotals
- Saved reports and sharing
- Export to CSV and PDF (optional \`file.write\`)

Requires ADX Core 2.2 or later.`,
    versions: [
      { version: "2.0.0", state: "PUBLISHED", at: 190, changelog: "- **Breaking:** new report format; 1.x reports are converted on upgrade.\n- Added: pivot tables." },
      { version: "2.1.0", state: "PUBLISHED", at: 33, changelog: "- Added: PDF export.\n- Added: report sharing." },
    ],
  },
  {
    slug: "inventory",
    name: "Inventory",
    summary: "Stock levels across warehouses, with low-stock alerts and barcode scanning.",
    category: "business-management",
    publisher: "northwind-labs",
    tags: ["inventory", "stock", "warehouse", "barcodes"],
    pricing: { model: "FREE" },
    coreRange: ANY_SUPPORTED,
    permissions: ["workflow.execute", "file.read", "file.write"],
    optionalPermissions: ["analytics.read"],
    description: `Inventory tracks what you have and where. Products, variants and stock levels per location, with every movement recorded.

## Features

- Products with variants, SKUs and barcodes
- Multiple warehouses and bins
- Stock movements: receipts, transfers, adjustments
- Low-stock alerts and reorder points
- Scan barcodes with your phone's camera`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 260, changelog: "- First release." },
      { version: "1.1.0", state: "PUBLISHED", at: 110, changelog: "- Added: multiple warehouses.\n- Added: reorder points." },
      { version: "1.2.0", state: "PUBLISHED", at: 18, changelog: "- Added: barcode scanning on mobile." },
    ],
  },
  {
    slug: "purchasing",
    name: "Purchasing",
    summary: "Purchase orders to your suppliers, with approvals and receiving into Inventory.",
    category: "business-management",
    publisher: "northwind-labs",
    tags: ["purchasing", "purchase-orders", "suppliers", "procurement"],
    pricing: { model: "FREE" },
    coreRange: ANY_SUPPORTED,
    permissions: ["workflow.execute", "billing.read", "notification.send"],
    dependencies: [{ slug: "inventory", range: "^1.1" }],
    description: `Purchasing handles the other side of **Inventory**: ordering from suppliers. Create a purchase order from a low-stock alert, get it approved, send it, and receive the goods straight into stock.

## Features

- Supplier directory with lead times and prices
- Purchase orders with approval limits
- Partial receipts and back-orders
- Landed cost per item`,
    versions: [{ version: "1.0.0", state: "PUBLISHED", at: 90, changelog: "- First release." }],
  },
  {
    slug: "document-signing",
    name: "Document Signing",
    summary: "Legally binding e-signatures on contracts and NDAs, with a full audit certificate.",
    category: "security",
    publisher: "northwind-labs",
    tags: ["e-signature", "contracts", "documents", "compliance"],
    pricing: { model: "FREE" },
    coreRange: ANY_SUPPORTED,
    permissions: ["file.read", "file.write", "client.read", "notification.send"],
    description: `Document Signing sends PDFs for signature and stores the signed copy on the client's record, with an audit certificate showing who signed, when and from where.

## Features

- Drag signature, date and initials fields onto any PDF
- Signing order for multiple signers
- Reminders and expiry
- Audit certificate with IP address and timestamps (eIDAS simple electronic signature, ESIGN/UETA)
- Templates for documents you send often`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 200, changelog: "- First release." },
      { version: "1.1.0", state: "PUBLISHED", at: 65, changelog: "- Added: signing order.\n- Added: templates." },
    ],
  },
  {
    slug: "gdpr-toolkit",
    name: "GDPR Toolkit",
    summary: "Handle data subject requests, consent records and retention rules in a few clicks.",
    category: "security",
    publisher: "northwind-labs",
    tags: ["gdpr", "privacy", "dsar", "consent", "compliance"],
    pricing: { model: "FREE" },
    coreRange: ANY_SUPPORTED,
    permissions: ["client.read", "client.delete", "file.write", "user.read"],
    description: `GDPR Toolkit helps you answer data subject requests within the one-month deadline: find everything about a person across your modules, export it, or erase it.

## Features

- Request register with deadlines
- Search a person across installed modules
- Export as a ZIP of JSON and CSV files
- Erasure with a record of what was deleted
- Consent log and retention rules`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 180, changelog: "- First release." },
      { version: "1.1.0", state: "PUBLISHED", at: 42, changelog: "- Added: retention rules.\n- Added: consent log." },
    ],
  },
  {
    slug: "hr-directory",
    name: "HR Directory",
    summary: "Your people in one directory: profiles, reporting lines, org chart and documents.",
    category: "hr",
    publisher: "northwind-labs",
    tags: ["hr", "directory", "org-chart", "employees"],
    pricing: { model: "FREE" },
    coreRange: ANY_SUPPORTED,
    permissions: ["user.read", "file.read", "file.write"],
    description: `HR Directory is the people register the HR modules build on: profiles with job title, team, manager, start date and documents, plus an org chart that draws itself.

## Features

- Employee profiles with custom fields
- Reporting lines and an interactive org chart
- Private HR documents per person
- Birthdays and work anniversaries widget

Leave Management, Payroll and Onboarding Checklists require it.`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 280, changelog: "- First release." },
      { version: "1.1.0", state: "PUBLISHED", at: 85, changelog: "- Added: custom fields.\n- Added: anniversaries widget." },
    ],
  },
  {
    slug: "leave-management",
    name: "Leave Management",
    summary: "Holiday and sick-leave requests with approvals, balances and a team calendar.",
    category: "hr",
    publisher: "northwind-labs",
    tags: ["leave", "pto", "holidays", "absence", "calendar"],
    pricing: { model: "FREE" },
    coreRange: ANY_SUPPORTED,
    permissions: ["user.read", "notification.send", "workflow.execute"],
    dependencies: [{ slug: "hr-directory", range: "^1.0" }],
    description: `Leave Management replaces the holiday spreadsheet. People request time off, managers approve from a notification, and everyone sees who is out on the team calendar.

## Features

- Leave types with yearly allowances and carry-over
- Approval by the manager from **HR Directory**
- Team calendar and iCal feed
- Public holidays for 40+ countries`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 230, changelog: "- First release." },
      { version: "1.0.4", state: "PUBLISHED", at: 48, changelog: "- Fixed: half days counted as full days in balances.\n- Fixed: 2026 public holidays for Ireland." },
    ],
  },
  {
    slug: "onboarding-checklists",
    name: "Onboarding Checklists",
    summary: "Checklists that get new hires productive: accounts, equipment, training and first-week tasks.",
    category: "hr",
    publisher: "northwind-labs",
    tags: ["onboarding", "checklists", "new-hire", "hr"],
    pricing: { model: "FREE" },
    coreRange: ANY_SUPPORTED,
    permissions: ["user.read", "workflow.execute", "notification.send"],
    dependencies: [{ slug: "hr-directory", range: "^1.0" }],
    description: `Onboarding Checklists starts a checklist when someone is added to **HR Directory** with a start date: IT sets up accounts, the manager books the first one-to-one, the new hire reads the handbook.

## Features

- Checklist templates per role or team
- Tasks assigned to people or roles, due relative to the start date
- Reminders for overdue tasks
- Offboarding checklists too`,
    versions: [{ version: "1.0.0", state: "PUBLISHED", at: 70, changelog: "- First release." }],
  },
  {
    slug: "applicant-tracking",
    name: "Applicant Tracking",
    summary: "Job posts, candidate pipeline, interview scorecards and offers in one place.",
    category: "hr",
    publisher: "northwind-labs",
    tags: ["recruiting", "ats", "hiring", "candidates"],
    pricing: { model: "FREE" },
    coreRange: ANY_SUPPORTED,
    permissions: ["user.read", "file.read", "file.write", "notification.send"],
    description: `Applicant Tracking gives your hiring a process. Publish a job, collect applications with CVs, move candidates through stages, and collect structured interview feedback.

## Features

- Careers page and job posts
- Candidate pipeline per job
- Interview scorecards
- Offer letters from templates
- GDPR-friendly candidate data retention`,
    versions: [{ version: "1.0.0", state: "PUBLISHED", at: 130, changelog: "- First release." }],
  },
  {
    // Northwind's module in progress: never published, so only Northwind sees it.
    slug: "resource-planner",
    name: "Resource Planner",
    summary: "See who is booked on which project, week by week, and spot overbooking before it happens.",
    category: "projects",
    publisher: "northwind-labs",
    tags: ["resourcing", "capacity", "scheduling", "projects"],
    pricing: { model: "FREE" },
    status: "DRAFT",
    coreRange: ANY_SUPPORTED,
    permissions: ["project.read", "project.write", "user.read"],
    dependencies: [
      { slug: "project-management", range: "^2.0" },
      { slug: "hr-directory", range: "^1.0" },
    ],
    description: `Resource Planner shows a week-by-week grid of people and the projects they are booked on, with capacity from **HR Directory** and projects from **Project Management**.

## Features

- Drag bookings across weeks and people
- Capacity and overbooking warnings
- Tentative bookings for deals not yet won`,
    versions: [
      { version: "0.9.0", state: "DRAFT", at: 12, changelog: "- Preview build for testing." },
      {
        version: "1.0.0",
        state: "SUBMITTED",
        at: 2,
        changelog: "- First public release.",
        checkReport: { ok: true, checks: [passed("manifest"), passed("permissions"), passed("migrations")] },
      },
    ],
  },

  // ───────────── Ledgerly ─────────────
  {
    slug: "invoices-pro",
    name: "Invoices Pro",
    summary: "Recurring invoices, branded PDFs and automatic dunning on top of ADX Invoices.",
    category: "finance",
    publisher: "ledgerly",
    tags: ["invoicing", "recurring", "dunning", "pdf"],
    pricing: { model: "ONE_TIME", priceCents: 4900 },
    license: "Proprietary",
    screenshots: ["Recurring invoice schedule"],
    coreRange: ANY_SUPPORTED,
    permissions: ["invoice.read", "invoice.write", "billing.read", "file.write"],
    optionalPermissions: ["notification.send"],
    dependencies: [{ slug: "invoices", range: "^2.0" }],
    description: `Invoices Pro adds the features growing service businesses ask for to **Invoices** by ADX Core Team. Pay once, use it forever in your workspace, with free updates for all 1.x versions.

## What you get

- **Recurring invoices**: monthly retainers and subscriptions billed automatically
- **Branded PDFs**: your logo, colours, fonts and footer
- **Dunning**: polite reminders at 3, 10 and 30 days, then a final notice
- **Late fees**: fixed or percentage, added automatically
- **Credit notes** and partial payments

## Pricing

| Plan | Price |
|---|---|
| One workspace, lifetime | $49 one-time |

Questions before buying? Write to sales@ledgerly.io.`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 210, changelog: "- First release: recurring invoices and branded PDFs." },
      { version: "1.1.0", state: "PUBLISHED", at: 80, changelog: "- Added: dunning sequences.\n- Added: late fees." },
      { version: "1.2.0", state: "PUBLISHED", at: 14, changelog: "- Added: credit notes.\n- Added: partial payments." },
    ],
  },
  {
    slug: "payroll",
    name: "Payroll",
    summary: "Monthly payroll runs with payslips, tax withholding and bank payment files.",
    category: "hr",
    publisher: "ledgerly",
    tags: ["payroll", "payslips", "salary", "tax"],
    pricing: { model: "SUBSCRIPTION", priceCents: 1900, interval: "MONTH" },
    isFeatured: true,
    license: "Proprietary",
    screenshots: ["Monthly payroll run"],
    coreRange: ANY_SUPPORTED,
    permissions: ["user.read", "billing.read", "file.write", "notification.send"],
    dependencies: [{ slug: "hr-directory", range: "^1.0" }],
    description: `Payroll runs your monthly payroll from the people in **HR Directory**: gross to net, payslips, and a bank file to pay everyone in one upload.

## Features

- Salaries, hourly pay, bonuses and deductions
- Tax withholding tables for the US, UK, Ireland and Canada
- Payslips emailed as password-protected PDFs
- SEPA, BACS and NACHA payment files
- Year-end summaries for your accountant

## Pricing

$19 per workspace per month, billed monthly. Cancel anytime; your payroll history stays readable.`,
    versions: [
      { version: "1.3.0", state: "PUBLISHED", at: 160, changelog: "- Added: Canada.\n- Added: NACHA files." },
      { version: "1.4.0", state: "PUBLISHED", at: 38, changelog: "- Added: bonuses as separate payslip lines.\n- Fixed: rounding of hourly pay." },
      {
        version: "1.5.0",
        state: "SUBMITTED",
        at: 1,
        changelog: "- Added: pay rates history.",
        checkReport: {
          ok: false,
          checks: [
            passed("manifest"),
            passed("permissions"),
            {
              name: "migrations",
              status: "failed",
              problems: [
                'migrations/002_rates.up.sql line 4, column 1: ALTER TABLE "users" touches a table outside the module\'s prefix "payroll_".',
                "migrations/002_rates.down.sql is missing.",
              ],
            },
          ],
        },
      },
    ],
  },
  {
    slug: "expense-reports",
    name: "Expense Reports",
    summary: "Snap receipts, submit expense reports and approve reimbursements in one flow.",
    category: "finance",
    publisher: "ledgerly",
    tags: ["expenses", "receipts", "reimbursement", "ocr"],
    pricing: { model: "SUBSCRIPTION", priceCents: 9900, interval: "YEAR" },
    license: "Proprietary",
    coreRange: ANY_SUPPORTED,
    permissions: ["file.read", "file.write", "billing.read", "user.read", "workflow.execute"],
    description: `Expense Reports gets receipts out of wallets and into your books. Snap a photo, and the amount, date and merchant are read for you; submit the report; your manager approves; finance reimburses.

## Features

- Receipt capture with OCR
- Mileage and per-diem claims
- Multi-step approvals
- Policy rules (limits per category)
- Export to your accounting software

## Pricing

$99 per workspace per year.`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 190, changelog: "- First release." },
      { version: "1.1.0", state: "PUBLISHED", at: 60, changelog: "- Added: mileage claims.\n- Added: policy rules." },
    ],
  },
  {
    slug: "ledgerly-sync",
    name: "Ledgerly Bank Sync",
    summary: "Import bank transactions and match them to invoices automatically.",
    category: "finance",
    publisher: "ledgerly",
    tags: ["bank", "reconciliation", "sync", "transactions"],
    pricing: { model: "FREE" },
    license: "Proprietary",
    status: "TAKEN_DOWN",
    takenDownAt: 20,
    takenDownReason:
      "Version 1.0.2 sends bank credentials to an undeclared external host (api.ledgerly-sync.example), which breaks the marketplace policy on data leaving the workspace. The listing will be restored when a version without that call is approved.",
    coreRange: ANY_SUPPORTED,
    permissions: ["billing.read", "invoice.read", "invoice.write"],
    dependencies: [{ slug: "invoices", range: "^2.0" }],
    description: `Ledgerly Bank Sync imports your bank transactions every night and matches incoming payments to open invoices, marking them paid.

## Features

- Connects to 2,000+ banks
- Automatic matching by amount and reference
- Manual matching for the rest`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 120, changelog: "- First release." },
      { version: "1.0.2", state: "PUBLISHED", at: 58, changelog: "- Added: faster sync for large accounts." },
    ],
  },
  {
    slug: "tax-rates",
    name: "Sales Tax & VAT Rates",
    summary: "Up-to-date sales tax and VAT rates for invoices, by country, state and product type.",
    category: "finance",
    publisher: "ledgerly",
    tags: ["tax", "vat", "sales-tax", "compliance"],
    pricing: { model: "FREE" },
    license: "Proprietary",
    coreRange: FROM_2_2,
    permissions: ["billing.read", "settings.write"],
    description: `Sales Tax & VAT Rates keeps your workspace's tax table current. Rates for the US (state and county), Canada, the UK, the EU and Australia are updated monthly.

## Features

- Rates by location and product type
- Reverse charge for EU B2B
- Tax-inclusive and exclusive pricing
- Change log of every rate update`,
    versions: [{ version: "1.0.0", state: "PUBLISHED", at: 100, changelog: "- First release." }],
  },

  // ───────────── CivicStack (seed 004's membership domain) ─────────────
  {
    slug: "membership",
    name: "Membership",
    summary: "Member register for associations and clubs: join forms, renewals and member types.",
    category: "business-management",
    publisher: "civicstack",
    tags: ["membership", "associations", "clubs", "renewals"],
    pricing: { model: "FREE" },
    license: "AGPL-3.0",
    screenshots: ["Member directory with renewal status"],
    coreRange: ANY_SUPPORTED,
    permissions: ["user.read", "notification.send"],
    optionalPermissions: ["billing.read"],
    description: `Membership is the member register for associations, clubs, unions and cooperatives. It is the base of the CivicStack modules: **Digital Card**, **Member Dues & Finance**, **Elections** and **Member Forum** all build on it.

## Features

- Online join form with member types (full, associate, student, honorary)
- Renewal reminders and grace periods
- Member numbers and status history
- Household and organisation memberships
- Import from CSV`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 320, changelog: "- First release." },
      { version: "1.2.0", state: "PUBLISHED", at: 110, changelog: "- Added: household memberships.\n- Added: grace periods for renewals." },
    ],
  },
  {
    slug: "digital-card",
    name: "Digital Membership Card",
    summary: "Wallet-ready membership cards with QR codes that prove membership at the door.",
    category: "business-management",
    publisher: "civicstack",
    tags: ["membership", "wallet", "qr-code", "cards"],
    pricing: { model: "FREE" },
    license: "AGPL-3.0",
    coreRange: ANY_SUPPORTED,
    permissions: ["user.read", "file.read"],
    dependencies: [{ slug: "membership", range: "^1.0" }],
    description: `Digital Membership Card gives each member of **Membership** a card for Apple Wallet and Google Wallet, with a QR code your volunteers can scan at events to check membership is current.

## Features

- Apple Wallet and Google Wallet passes
- Cards update when membership is renewed or lapses
- Scanner page for phones, works offline
- Your logo and colours`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 270, changelog: "- First release." },
      { version: "1.1.0", state: "PUBLISHED", at: 88, changelog: "- Added: offline scanner.\n- Added: Google Wallet." },
    ],
  },
  {
    slug: "finance",
    name: "Member Dues & Finance",
    summary: "Collect membership dues, track payments per member and report income to your board.",
    category: "finance",
    publisher: "civicstack",
    tags: ["dues", "membership", "payments", "treasurer"],
    pricing: { model: "FREE" },
    license: "AGPL-3.0",
    coreRange: ANY_SUPPORTED,
    permissions: ["billing.read", "invoice.read", "invoice.write", "user.read"],
    dependencies: [
      { slug: "digital-card", range: "^1.0" },
      { slug: "membership", range: "^1.0" },
    ],
    description: `Member Dues & Finance is the treasurer's module: it bills dues by member type, records payments, and only activates a member's **Digital Card** once they have paid.

## Features

- Dues schedules per member type, yearly or monthly
- Payment records and receipts
- Arrears list and reminders
- Income report for the board`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 150, changelog: "- First release." },
      { version: "1.1.0", state: "PUBLISHED", at: 52, changelog: "- Added: arrears reminders.\n- Added: board income report." },
    ],
  },
  {
    slug: "elections",
    name: "Elections",
    summary: "Secret-ballot elections and motions for your members, with verifiable results.",
    category: "business-management",
    publisher: "civicstack",
    tags: ["voting", "elections", "governance", "ballots"],
    pricing: { model: "FREE" },
    license: "AGPL-3.0",
    coreRange: ANY_SUPPORTED,
    permissions: ["user.read", "notification.send", "analytics.read"],
    dependencies: [{ slug: "membership", range: "^1.0" }],
    description: `Elections runs secret-ballot votes among the members in **Membership**: board elections, motions at the annual meeting, or quick polls.

## Features

- First-past-the-post, approval and ranked-choice ballots
- Eligibility by member type and status
- Anonymous ballots with a receipt code to verify your vote was counted
- Quorum rules and result reports`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 200, changelog: "- First release." },
      { version: "1.1.0", state: "PUBLISHED", at: 66, changelog: "- Added: ranked-choice ballots.\n- Added: quorum rules." },
    ],
  },
  {
    slug: "membership-forum",
    name: "Member Forum",
    summary: "A members-only discussion forum with categories, mentions and email digests.",
    category: "communication",
    publisher: "civicstack",
    tags: ["forum", "community", "discussion", "membership"],
    pricing: { model: "FREE" },
    license: "AGPL-3.0",
    coreRange: ANY_SUPPORTED,
    permissions: ["user.read", "notification.send", "file.read", "file.write"],
    dependencies: [{ slug: "membership", range: "^1.0" }],
    description: `Member Forum gives your members a place to talk, open only to current members of **Membership**.

## Features

- Categories and pinned threads
- Mentions, reactions and image uploads
- Daily or weekly email digests
- Moderation tools for volunteers`,
    versions: [
      { version: "1.0.0", state: "PUBLISHED", at: 175, changelog: "- First release." },
      { version: "1.0.1", state: "PUBLISHED", at: 44, changelog: "- Fixed: digests included threads from lapsed members' private categories." },
    ],
  },
];
