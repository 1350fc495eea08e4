import type { ActivityEntry } from "~/components/api-types";

type Data = Record<string, unknown>;

const asData = (data: unknown): Data => (data && typeof data === "object" && !Array.isArray(data) ? (data as Data) : {});

/** The first of these keys that holds a non-empty string (audit payloads vary by writer). */
function pick(data: Data, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === "string" && value.trim()) return value;
    if (typeof value === "number") return String(value);
  }
  return null;
}

const quote = (s: string) => `“${s}”`;

function moduleName(data: Data): string {
  return pick(data, "moduleName", "module", "name", "moduleSlug", "slug") ?? "a module";
}

function withVersion(data: Data, ...keys: string[]): string {
  const version = pick(data, ...keys);
  return version ? `${moduleName(data)} ${version}` : moduleName(data);
}

function fromTo(data: Data): string {
  const from = pick(data, "from", "fromVersion", "previousVersion");
  const to = pick(data, "to", "toVersion", "version");
  if (from && to) return ` from ${from} to ${to}`;
  if (to) return ` to ${to}`;
  return "";
}

function roleWord(value: string | null): string | null {
  return value ? value.toLowerCase() : null;
}

/** What happened, as the rest of a sentence that starts with who did it. */
const DESCRIBERS: Record<string, (data: Data) => string> = {
  "tenant.created": () => "created the workspace",
  "tenant.renamed": () => "renamed the workspace",
  "tenant.updated": () => "changed the workspace settings",
  "tenant.core_upgraded": (d) => `upgraded ADX Core${fromTo(d)}`,
  "member.added": (d) => `added ${pick(d, "name", "email") ?? "a member"}${roleWord(pick(d, "role")) ? ` as ${roleWord(pick(d, "role"))}` : ""}`,
  "member.invited": (d) => `invited ${pick(d, "email", "name") ?? "someone"}`,
  "member.removed": (d) => `removed ${pick(d, "name", "email") ?? "a member"}`,
  "member.role_changed": (d) => {
    const who = pick(d, "name", "email") ?? "a member";
    const to = roleWord(pick(d, "to", "role"));
    return to ? `made ${who} ${to === "admin" ? "an admin" : to === "owner" ? "an owner" : "a member"}` : `changed the role of ${who}`;
  },
  "module.installed": (d) => `installed ${withVersion(d, "version")}`,
  "module.install_requested": (d) => `started installing ${withVersion(d, "version")}`,
  "module.install_failed": (d) => `tried to install ${withVersion(d, "version")}, but it failed`,
  "module.installation_failed": (d) => `tried to install ${withVersion(d, "version")}, but it failed`,
  "module.upgraded": (d) => `updated ${moduleName(d)}${fromTo(d)}`,
  "module.upgrade_failed": (d) => `tried to update ${moduleName(d)}${fromTo(d)}, but it failed`,
  "module.rolled_back": (d) => `rolled ${moduleName(d)} back${pick(d, "to", "version") ? ` to ${pick(d, "to", "version")}` : ""}`,
  "module.uninstalled": (d) => {
    const kept = d.keepData === true || d.keptData === true || d.dataKept === true || d.mode === "keep";
    const deleted = d.keepData === false || d.keptData === false || d.deleteData === true || d.mode === "delete";
    return `uninstalled ${moduleName(d)}${kept ? " and kept its data" : deleted ? " and deleted its data" : ""}`;
  },
  "module.uninstall_failed": (d) => `tried to uninstall ${moduleName(d)}, but it failed`,
  "module.activate_failed": (d) => `tried to turn on ${moduleName(d)}, but it failed`,
  "module.deactivate_failed": (d) => `tried to turn off ${moduleName(d)}, but it failed`,
  "module.rollback_failed": (d) => `tried to roll ${moduleName(d)} back, but it failed`,
  "module.activated": (d) => `turned on ${moduleName(d)}`,
  "module.deactivated": (d) => `turned off ${moduleName(d)}`,
  "module.configured": (d) => `changed the settings of ${moduleName(d)}`,
  "module.config_updated": (d) => `changed the settings of ${moduleName(d)}`,
  "license.purchased": (d) => `bought a license for ${moduleName(d)}`,
  "license.granted": (d) => `got a license for ${moduleName(d)}`,
  "license.canceled": (d) => `cancelled the subscription to ${moduleName(d)}`,
  "license.cancelled": (d) => `cancelled the subscription to ${moduleName(d)}`,
  "license.refunded": (d) => `was refunded for ${moduleName(d)}`,
  "order.paid": (d) => `paid for ${moduleName(d)}`,
  "version.submitted": (d) => `submitted ${withVersion(d, "version")} for review`,
  "version.approved": (d) => `approved ${withVersion(d, "version")}`,
  "version.rejected": (d) => `rejected ${withVersion(d, "version")}`,
  "version.published": (d) => `published ${withVersion(d, "version")}`,
  "version.deprecated": (d) => `deprecated ${withVersion(d, "version")}`,
  "version.yanked": (d) => `yanked ${withVersion(d, "version")}`,
  "module.taken_down": (d) => `took ${moduleName(d)} down`,
  "module.restored": (d) => `restored ${moduleName(d)}`,
  "module.featured": (d) => `featured ${moduleName(d)}`,
  "module.unfeatured": (d) => `stopped featuring ${moduleName(d)}`,
  "review.hidden": (d) => `hid a review of ${moduleName(d)}`,
  "review.created": (d) => `reviewed ${moduleName(d)}`,
  "review.posted": (d) => `reviewed ${moduleName(d)}`,
};

/** Extra detail shown under the sentence, when the payload has it. */
function detailFor(action: string, data: Data): string | null {
  if (action === "tenant.renamed") {
    const from = pick(data, "from");
    const to = pick(data, "to");
    if (from && to) return `${quote(from)} → ${quote(to)}`;
  }
  return pick(data, "reason", "error", "message");
}

/**
 * An audit-log entry as a sentence: "Alice Admin renamed the workspace". Actions this version
 * doesn't know yet fall back to the raw action name, so nothing is hidden.
 */
export function describeActivity(entry: Pick<ActivityEntry, "action" | "actorName" | "data">): {
  actor: string;
  sentence: string;
  detail: string | null;
  isKnown: boolean;
} {
  const data = asData(entry.data);
  const actor = entry.actorName ?? "ADX";
  const describe = DESCRIBERS[entry.action];
  return {
    actor,
    sentence: describe ? `${actor} ${describe(data)}` : `${actor}: ${entry.action}`,
    detail: detailFor(entry.action, data),
    isKnown: Boolean(describe),
  };
}
