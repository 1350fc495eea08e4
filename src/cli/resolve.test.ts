// Guards issue 4 "Resolver" CLI: `adx-module resolve` prints the resolver's JSON and exits 0, 1 or 2.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "./adx-module";
import { parseModuleSpec } from "./resolve";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adx-resolve-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeJson(name: string, data: unknown) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(data));
  return file;
}

const catalogFile = writeJson("catalog.json", {
  modules: [
    { slug: "client-management", versions: [{ version: "1.0.0", dependencies: {} }, { version: "1.3.0", dependencies: {} }] },
    {
      slug: "invoices",
      versions: [
        { version: "1.0.0", dependencies: { "client-management": "^1.0.0" } },
        { version: "2.1.0", dependencies: { "client-management": "^1.2.0" }, core: ">=3.0.0" },
      ],
    },
  ],
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["resolve", ...argv], { out: (s) => out.push(s), err: (s) => err.push(s), env: {}, fetch: globalThis.fetch });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("adx-module resolve", () => {
  it("parses slug@range", () => {
    expect(parseModuleSpec("invoices@^2.0")).toEqual({ slug: "invoices", range: "^2.0" });
    expect(parseModuleSpec("invoices")).toEqual({ slug: "invoices" });
  });

  it("prints the plan and exits 0", async () => {
    const installed = writeJson("installed.json", { "client-management": "1.0.0" });
    const { code, out } = await run("--catalog", catalogFile, "--installed", installed, "invoices");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      ok: true,
      plan: [
        { slug: "client-management", version: "1.3.0", action: "upgrade" },
        { slug: "invoices", version: "2.1.0", action: "install" },
      ],
    });
  });

  it("honours --core and ranges", async () => {
    const older = await run("--catalog", catalogFile, "--core", "2.3.0", "invoices");
    expect(JSON.parse(older.out)).toMatchObject({ ok: true, plan: [{ slug: "client-management", version: "1.3.0" }, { slug: "invoices", version: "1.0.0" }] });
    const failed = await run("--catalog", catalogFile, "--core", "2.3.0", "invoices@^2.0");
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.out)).toMatchObject({ ok: false, error: { kind: "core", slug: "invoices", coreRange: ">=3.0.0", coreVersion: "2.3.0" } });
  });

  it("reports invalid input as JSON with exit 1", async () => {
    const badCatalog = writeJson("bad.json", { modules: [{ slug: "a", versions: [{ version: "one" }] }] });
    const bad = await run("--catalog", badCatalog, "a");
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out)).toEqual({ ok: false, error: { kind: "invalid", message: expect.stringContaining('"one" is not a valid semver version') } });
    const missingFile = await run("--catalog", path.join(dir, "nope.json"), "a");
    expect(JSON.parse(missingFile.out)).toMatchObject({ ok: false, error: { kind: "invalid" } });
    const badRange = await run("--catalog", catalogFile, "invoices@^^2");
    expect(JSON.parse(badRange.out)).toMatchObject({ ok: false, error: { kind: "invalid" } });
  });

  it("exits 2 on usage errors", async () => {
    expect((await run("invoices")).code).toBe(2);
    expect((await run("--catalog", catalogFile)).code).toBe(2);
  });
});
