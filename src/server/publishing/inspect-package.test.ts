// Guards issue 3: an uploaded package is inspected in memory and every problem (archive, manifest, files, SQL, hooks, UI) is reported with its place.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { moduleArchive } from "../../../test/fixtures/publishing/build-archive";
import { expectProblems } from "../../../test/fixtures/publishing/expect-problems";
import { PACKAGE_CASES, WARNING_CASES } from "../../../test/fixtures/publishing/package-cases";
import { changelogFor, inspectDirectory, inspectPackage } from "./inspect-package";
import { PACKAGE_LIMITS } from "./package/read-package";

const MODULES_DIR = path.join(import.meta.dirname, "../../../modules");

describe("inspectPackage: the valid fixture module", () => {
  it("passes every check and returns what the marketplace stores", async () => {
    const inspection = await inspectPackage(moduleArchive());
    expect(inspection.problems).toEqual([]);
    expect(inspection.ok).toBe(true);
    expect(inspection.checks).toEqual(
      ["package", "manifest", "files", "migrations", "hooks", "ui"].map((name) => ({ name, status: "passed", problems: [] })),
    );
    expect(inspection.manifest?.module.name).toBe("membership-plus");
    expect(inspection.manifestSource).toContain('name = "membership-plus"');
    expect(inspection.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(inspection.migrations.map((m) => m.name)).toEqual(["001_init", "002_notes"]);
    expect(inspection.migrations[0]?.down).toContain("DROP TABLE IF EXISTS mship_members");
    expect(inspection.readme).toContain("# Membership Plus");
    expect(changelogFor(inspection.changelog, "1.2.0")).toBe("- Added: renewals widget.");
    expect(inspection.files).toContain("assets/icon.svg");
  });
});

describe("inspectPackage: the bad-package corpus", () => {
  it("has a broad corpus", () => {
    expect(PACKAGE_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(PACKAGE_CASES.map((c) => c.name)).size).toBe(PACKAGE_CASES.length);
  });

  it.each(PACKAGE_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const inspection = await inspectPackage(c.build(), { ...PACKAGE_LIMITS, ...c.limits });
    expect(inspection.ok).toBe(false);
    expectProblems(inspection.problems, c.expected, c.isExact);
    expect(inspection.checks.some((check) => check.status === "failed")).toBe(true);
  });

  it.each(WARNING_CASES.map((c) => [c.name, c] as const))("warning: %s", async (_name, c) => {
    const inspection = await inspectPackage(c.build());
    expect(inspection.problems).toEqual([]);
    expect(inspection.ok).toBe(true);
    const check = inspection.checks.find((x) => x.name === c.check);
    expect(check?.status).toBe("warning");
    expect(check?.problems.join("\n")).toContain(c.messageIncludes);
  });

  it("lists only the checks that ran when the archive cannot be read", async () => {
    const inspection = await inspectPackage(Buffer.from("nope"));
    expect(inspection.checks).toEqual([{ name: "package", status: "failed", problems: ["package: is not a gzipped tar archive (.tgz)"] }]);
    expect(inspection.manifest).toBeNull();
    expect(inspection.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("the reference modules", () => {
  it.each(["client-management", "project-management", "invoices", "crm"])("modules/%s inspects clean", async (slug) => {
    const inspection = await inspectDirectory(path.join(MODULES_DIR, slug));
    expect(inspection.problems).toEqual([]);
    expect(inspection.checks.map((c) => c.status)).toEqual(["passed", "passed", "passed", "passed", "passed", "passed"]);
    expect(inspection.manifest?.module.name).toBe(slug);
    expect(inspection.migrations.length).toBeGreaterThan(0);
    expect(changelogFor(inspection.changelog, inspection.manifest?.module.version ?? "")).not.toBe("");
  });
});

describe("changelogFor", () => {
  const changelog = "# Changelog\n\n## [2.1.0] - 2024-05-01\n\n- Added: reminders.\n\n## 2.0.0\n\n- Changed: everything.\n\n## 2.0.0-beta.1\n\n- Beta.\n";

  it("returns the section of one version, up to the next heading", () => {
    expect(changelogFor(changelog, "2.1.0")).toBe("- Added: reminders.");
    expect(changelogFor(changelog, "2.0.0")).toBe("- Changed: everything.");
    expect(changelogFor(changelog, "2.0.0-beta.1")).toBe("- Beta.");
  });

  it('returns "" when there is no section or no changelog', () => {
    expect(changelogFor(changelog, "2.1")).toBe("");
    expect(changelogFor(changelog, "9.9.9")).toBe("");
    expect(changelogFor(null, "1.0.0")).toBe("");
  });
});
