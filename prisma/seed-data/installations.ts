import type { SeedInstallation } from "./types";

/**
 * What each tenant has installed. The seed checks every row: the version is published, works with
 * the tenant's core version, and its required dependencies are installed in the same tenant at a
 * version inside the range. Module install statistics are counted from these rows.
 */
export const INSTALLATIONS: SeedInstallation[] = [
  // Acme: the main demo tenant (alice@acme.test). Five modules, one of them switched off.
  {
    tenant: "acme",
    module: "client-management",
    version: "1.4.2",
    previousVersion: "1.4.0",
    status: "ACTIVE",
    installedBy: "alice@acme.test",
    installedAt: 115,
    upgradedAt: 20,
    config: {},
  },
  {
    tenant: "acme",
    module: "invoices",
    version: "2.1.0",
    previousVersion: "2.0.0",
    status: "ACTIVE",
    installedBy: "alice@acme.test",
    installedAt: 110,
    upgradedAt: 11,
    config: {},
  },
  {
    tenant: "acme",
    module: "crm",
    version: "1.1.0",
    previousVersion: "1.0.0",
    status: "ACTIVE",
    installedBy: "owen@acme.test",
    installedAt: 100,
    upgradedAt: 40,
    config: {},
  },
  {
    tenant: "acme",
    module: "project-management",
    version: "2.0.1",
    previousVersion: "2.0.0",
    status: "INACTIVE",
    installedBy: "alice@acme.test",
    installedAt: 80,
    upgradedAt: 34,
    deactivatedAt: 18,
    config: {},
  },
  {
    tenant: "acme",
    module: "membership",
    version: "1.2.0",
    status: "ACTIVE",
    installedBy: "alice@acme.test",
    installedAt: 60,
    config: {},
  },

  // Globex (alice is its owner, bob an admin) runs an older core, 2.1.0.
  {
    tenant: "globex",
    module: "client-management",
    version: "1.4.2",
    status: "ACTIVE",
    installedBy: "bob@globex.test",
    installedAt: 19,
    config: {},
  },
  {
    tenant: "globex",
    module: "helpdesk",
    version: "1.2.0",
    previousVersion: "1.1.0",
    status: "ACTIVE",
    installedBy: "bob@globex.test",
    installedAt: 100,
    upgradedAt: 45,
    config: {},
  },

  // Initech: nothing installed.

  // Vandelay: still on Invoices 2.0.0, so it sees "update available".
  {
    tenant: "vandelay",
    module: "client-management",
    version: "1.4.2",
    previousVersion: "1.3.1",
    status: "ACTIVE",
    installedBy: "reviewer06@example.test",
    installedAt: 145,
    upgradedAt: 20,
    config: {},
  },
  { tenant: "vandelay", module: "invoices", version: "2.0.0", status: "ACTIVE", installedBy: "reviewer06@example.test", installedAt: 140, config: {} },
  { tenant: "vandelay", module: "project-management", version: "2.0.1", status: "ACTIVE", installedBy: "reviewer07@example.test", installedAt: 30, config: {} },
  { tenant: "vandelay", module: "time-tracking", version: "1.3.0", status: "ACTIVE", installedBy: "reviewer07@example.test", installedAt: 29, config: {} },
  { tenant: "vandelay", module: "kpi-dashboards", version: "1.4.0", status: "ACTIVE", installedBy: "reviewer06@example.test", installedAt: 38, config: {} },

  // Pied Piper: on Client Management 1.3.1.
  { tenant: "pied-piper", module: "client-management", version: "1.3.1", status: "ACTIVE", installedBy: "reviewer08@example.test", installedAt: 200, config: {} },
  { tenant: "pied-piper", module: "crm", version: "1.1.0", status: "ACTIVE", installedBy: "reviewer08@example.test", installedAt: 44, config: {} },
  { tenant: "pied-piper", module: "helpdesk", version: "1.2.0", status: "ACTIVE", installedBy: "reviewer08@example.test", installedAt: 48, config: {} },
  { tenant: "pied-piper", module: "email-campaigns", version: "1.2.1", status: "ACTIVE", installedBy: "reviewer08@example.test", installedAt: 7, config: {} },
  { tenant: "pied-piper", module: "sso-saml", version: "1.1.0", status: "ACTIVE", installedBy: "reviewer08@example.test", installedAt: 70, config: {} },
  { tenant: "pied-piper", module: "two-factor-auth", version: "1.1.0", status: "ACTIVE", installedBy: "reviewer08@example.test", installedAt: 28, config: {} },

  // Dunder Mifflin: HR and people modules on core 3.0.0.
  { tenant: "dunder-mifflin", module: "hr-directory", version: "1.1.0", status: "ACTIVE", installedBy: "reviewer10@example.test", installedAt: 80, config: {} },
  { tenant: "dunder-mifflin", module: "leave-management", version: "1.0.4", status: "ACTIVE", installedBy: "reviewer10@example.test", installedAt: 45, config: {} },
  {
    tenant: "dunder-mifflin",
    module: "email-campaigns",
    version: "1.2.1",
    previousVersion: "1.1.0",
    status: "ACTIVE",
    installedBy: "reviewer11@example.test",
    installedAt: 90,
    upgradedAt: 6,
    config: {},
  },
  { tenant: "dunder-mifflin", module: "data-export", version: "1.1.0", status: "ACTIVE", installedBy: "reviewer11@example.test", installedAt: 12, config: {} },
  { tenant: "dunder-mifflin", module: "audit-trail", version: "1.2.0", status: "ACTIVE", installedBy: "reviewer10@example.test", installedAt: 55, config: {} },
];
