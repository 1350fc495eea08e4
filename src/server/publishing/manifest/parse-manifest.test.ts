// Guards issue 3: a bad module.toml is rejected with every problem at once, each with its line and column.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { expectProblems } from "../../../../test/fixtures/publishing/expect-problems";
import { MANIFEST_CASES } from "../../../../test/fixtures/publishing/manifest-cases";
import { VALID_MANIFEST } from "../../../../test/fixtures/publishing/valid-module";
import { listDependencies, parseByteSize } from "./manifest.schema";
import { locateInManifest, manifestPath, parseManifest, referencedFiles } from "./parse-manifest";

describe("parseManifest: the valid fixture", () => {
  it("parses, with defaults filled in and no warnings", () => {
    const result = parseManifest(VALID_MANIFEST);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.problems).toEqual([]);
    const m = result.manifest.module;
    expect(m.name).toBe("membership-plus");
    expect(m.hooks?.filters[0]?.priority).toBe(10);
    expect(listDependencies(result.manifest)).toEqual([
      { slug: "membership", range: "^1.2", isOptional: false },
      { slug: "client-management", range: "^1.2", isOptional: true },
    ]);
  });

  it("lists every file the manifest names, with the manifest path that names it", () => {
    const result = parseManifest(VALID_MANIFEST);
    if (!result.ok) throw new Error("fixture invalid");
    expect(referencedFiles(result.manifest)).toEqual([
      { path: "hooks/post-install.js", manifestPath: "hooks.post_install" },
      { path: "hooks/on-member-created.js", manifestPath: "hooks.actions[0].handler" },
      { path: "hooks/display-name.js", manifestPath: "hooks.filters[0].handler" },
      { path: "ui/navigation.json", manifestPath: "extensions.navigation[0]" },
      { path: "ui/members-page.json", manifestPath: "extensions.pages[0]" },
      { path: "ui/renewals-widget.json", manifestPath: "extensions.widgets[0]" },
      { path: "config.schema.json", manifestPath: "config.schema" },
      { path: "assets/icon.svg", manifestPath: "marketplace.icon" },
      { path: "assets/screenshots/members.svg", manifestPath: "marketplace.screenshots[0]" },
    ]);
    expect(locateInManifest(VALID_MANIFEST, "hooks.actions[0].handler")).toEqual({ file: "module.toml", line: 35, column: 42 });
  });

  it("defaults what may be left out", () => {
    const minimal = `[module]
name = "tiny"
display_name = "Tiny"
version = "0.1.0"
description = "The smallest module."
author = "Someone"
license = "MIT"

[module.compatibility]
adx_core_version = "^2.0.0"
`;
    const result = parseManifest(minimal);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.manifest.module.dependencies).toEqual({});
    expect(result.manifest.module.permissions).toEqual({ required: [], optional: [] });
    expect(referencedFiles(result.manifest)).toEqual([]);
  });

  it("warns (without failing) when the table prefix does not look like the module's", () => {
    const result = parseManifest(VALID_MANIFEST.replace('schema_prefix = "mship_"', 'schema_prefix = "zz_"'));
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([expect.objectContaining({ path: "database.schema_prefix", line: 29, column: 18 })]);
  });
});

describe("parseManifest: line endings and byte-order marks", () => {
  it("gives the same positions with CRLF line endings and a BOM", () => {
    const source = `\uFEFF${VALID_MANIFEST.replace('membership = "^1.2"', 'membership = "^1.x.y"').replace(/\n/g, "\r\n")}`;
    const result = parseManifest(source);
    expect(result.problems).toEqual([
      { path: "dependencies.membership", message: '"^1.x.y" is not a valid semver range', file: "module.toml", line: 14, column: 15 },
    ]);
  });
});

describe("parseManifest: the bad-manifest corpus", () => {
  it("has a broad corpus", () => {
    expect(MANIFEST_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(MANIFEST_CASES.map((c) => c.name)).size).toBe(MANIFEST_CASES.length);
  });

  it.each(MANIFEST_CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const result = parseManifest(c.source);
    expect(result.ok).toBe(false);
    expectProblems(result.problems, c.expected, c.isExact);
    for (const p of result.problems) {
      expect(p.message.length).toBeGreaterThan(5);
      expect(p.message).not.toMatch(/Invalid input|expected string, received/); // Zod's own words never leak
    }
  });
});

describe("manifest paths and sizes", () => {
  it("writes paths below [module], keeping the prefix for keys directly in it", () => {
    expect(manifestPath(["module", "version"])).toBe("module.version");
    expect(manifestPath(["module", "dependencies", "membership"])).toBe("dependencies.membership");
    expect(manifestPath(["module", "hooks", "actions", 0, "handler"])).toBe("hooks.actions[0].handler");
    expect(manifestPath(["module", "dependencies", "a.b"])).toBe('dependencies."a.b"');
    expect(manifestPath(["package"])).toBe("package");
  });

  it("reads sizes in decimal and binary units", () => {
    expect(parseByteSize("512MB")).toBe(512_000_000);
    expect(parseByteSize("64MiB")).toBe(64 * 1024 * 1024);
    expect(parseByteSize("1GB")).toBe(1_000_000_000);
    expect(parseByteSize("1.5 KiB")).toBe(1536);
    expect(parseByteSize("512XB")).toBeNull();
    expect(parseByteSize("MB")).toBeNull();
  });
});

describe("the reference modules' manifests", () => {
  it.each(["client-management", "project-management", "invoices", "crm"])("%s/module.toml is valid", (slug) => {
    const source = readFileSync(path.join(import.meta.dirname, "../../../../modules", slug, "module.toml"), "utf8");
    const result = parseManifest(source);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe("docs/module-manifest.md", () => {
  it("has a complete example that is valid", () => {
    const doc = readFileSync(path.join(import.meta.dirname, "../../../../docs/module-manifest.md"), "utf8");
    const example = /## A complete example\s+```toml\n([\s\S]*?)```/.exec(doc)?.[1] ?? "";
    const result = parseManifest(example);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.manifest.module.name).toBe("crm");
  });
});
