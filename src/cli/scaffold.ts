import fs from "node:fs/promises";
import path from "node:path";

const title = (slug: string) => slug.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
const prefixOf = (slug: string) => `${slug.replaceAll("-", "_").slice(0, 24)}_`;

/** Writes a small, valid module: manifest, a migration pair, a hook, a page, an icon and docs. */
export async function scaffoldModule(dir: string, slug: string): Promise<string[]> {
  const name = title(slug);
  const prefix = prefixOf(slug);
  const files: Record<string, string> = {
    "module.toml": `# ADX module manifest: see docs/module-manifest.md
[module]
name = "${slug}"
display_name = "${name}"
version = "0.1.0"
description = "${name}: describe what it does for a workspace in one sentence."
author = "Your Name"
license = "MIT"

[module.compatibility]
adx_core_version = ">=2.0.0 <4.0.0"

[module.dependencies]

[module.permissions]
required = ["client.read"]
optional = []

[module.resources]
max_memory = "32MB"
max_cpu = "50%"
timeout_ms = 200

[module.database]
schema_prefix = "${prefix}"
migrations_path = "migrations"

[module.hooks]
post_install = "hooks/post-install.js"
actions = [
  { event = "client.created", handler = "hooks/on-client-created.js", priority = 10 },
]

[module.extensions]
navigation = ["ui/navigation.json"]
pages = ["ui/items-page.json"]

[module.config]
schema = "config.schema.json"

[module.marketplace]
category = "business-management"
tags = ["${slug.slice(0, 32).replace(/-+$/, "")}"]
price = 0
icon = "assets/icon.svg"
`,
    "migrations/001_init.up.sql": `CREATE TABLE ${prefix}items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ${prefix}items_created_at_idx ON ${prefix}items (created_at);
`,
    "migrations/001_init.down.sql": `DROP TABLE ${prefix}items;\n`,
    "hooks/post-install.js": `// Runs once in the sandbox after the module is installed in a workspace.
export default async function postInstall(ctx) {
  ctx.log.info("${slug} installed");
}
`,
    "hooks/on-client-created.js": `// An action: called with the new client after it is created.
export default async function onClientCreated(ctx, client) {
  ctx.log.info("client created", { id: client.id });
}
`,
    "ui/navigation.json": JSON.stringify({ type: "navigation", label: name, href: `/${slug}`, icon: "list" }, null, 2) + "\n",
    "ui/items-page.json": JSON.stringify({ type: "page", path: `/${slug}`, title: name, body: [{ type: "table", table: `${prefix}items`, columns: ["title", "created_at"] }] }, null, 2) + "\n",
    "config.schema.json": JSON.stringify({ $schema: "http://json-schema.org/draft-07/schema#", type: "object", properties: { greeting: { type: "string", default: "Hello" } }, additionalProperties: false }, null, 2) + "\n",
    "assets/icon.svg": `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#4f46e5"/><text x="32" y="41" font-family="sans-serif" font-size="26" font-weight="700" fill="#fff" text-anchor="middle">${name.slice(0, 1)}</text></svg>\n`,
    "README.md": `# ${name}\n\nWhat this module does, for whom, and how to configure it.\n`,
    "CHANGELOG.md": `# Changelog\n\n## 0.1.0\n\n- First version.\n`,
  };
  for (const [file, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await fs.writeFile(path.join(dir, file), content);
  }
  return Object.keys(files);
}
