/**
 * The registry of permissions a module may request, with what each means in plain words.
 * Manifests are validated against this list; the module page and the install plan show the words.
 */
export const PERMISSIONS = {
  "client.read": "See your clients and their contact details",
  "client.write": "Add and change clients",
  "client.delete": "Delete clients",
  "project.read": "See your projects and tasks",
  "project.write": "Create and change projects and tasks",
  "invoice.read": "See invoices and payments",
  "invoice.write": "Create and change invoices",
  "file.read": "Read files stored in your workspace",
  "file.write": "Upload and change files in your workspace",
  "workflow.execute": "Run automated workflows",
  "billing.read": "See your workspace's billing details",
  "analytics.read": "Read usage analytics",
  "notification.send": "Send notifications and e-mails to your members",
  "user.read": "See the members of your workspace",
  "settings.write": "Change workspace settings",
} as const satisfies Record<string, string>;

export type PermissionName = keyof typeof PERMISSIONS;

export const isKnownPermission = (name: string): name is PermissionName => Object.hasOwn(PERMISSIONS, name);

export const describePermission = (name: string): string =>
  isKnownPermission(name) ? PERMISSIONS[name] : `Unknown permission "${name}"`;
