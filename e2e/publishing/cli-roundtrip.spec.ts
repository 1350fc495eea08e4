// Story: an author scaffolds, validates, packs and publishes a module with the CLI against the running app (issue 3).
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createApiToken } from "../../src/server/publishing/api-tokens";
import { createModule } from "../../src/server/publishing/create-module";
import { getPublisherMembership } from "../../src/server/publishing/publisher-scope";
import { actorOf, createCategory, createPublisher, createUser, uid } from "../../test/factories";
import { expect, test } from "../fixtures";

const run = promisify(execFile);
async function cli(args: string[]) {
  try {
    const { FORCE_COLOR: _color, ...env } = process.env;
    const { stdout, stderr } = await run(process.execPath, ["bin/adx-module.mjs", ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? 1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
  }
}

test("init, validate, pack and publish round trip", async ({ db, baseURL }) => {
  const author = await createUser(db);
  const publisher = await createPublisher(db, { members: [{ userId: author.id }] });
  const category = await createCategory(db);
  const slug = uid("cli-");
  const ctx = await getPublisherMembership(actorOf(author), publisher.slug, db);
  await createModule(actorOf(author), ctx, { slug, name: "CLI Module", summary: "Published from the command line", categorySlug: category.slug }, db);
  const { token } = await createApiToken(actorOf(author), ctx, { name: "e2e", expiresInDays: 1 }, db);

  const work = await fs.mkdtemp(path.join(os.tmpdir(), "adx-cli-"));
  const dir = path.join(work, slug);
  expect((await cli(["init", dir, "--name", slug])).code).toBe(0);

  const valid = await cli(["validate", dir, "--json"]);
  expect(valid.code).toBe(0);
  expect(JSON.parse(valid.stdout)).toMatchObject({ ok: true, module: slug, version: "0.1.0" });

  // A broken copy: every problem is reported at once, as JSON, and nothing is written.
  const broken = path.join(work, "broken");
  await fs.cp(dir, broken, { recursive: true });
  const toml = await fs.readFile(path.join(broken, "module.toml"), "utf8");
  await fs.writeFile(path.join(broken, "module.toml"), toml.replace('version = "0.1.0"', 'version = "one"').replace('"client.read"]', '"client.read", "root.everything"]'));
  const before = await fs.readdir(broken, { recursive: true });
  const invalid = await cli(["validate", broken, "--json"]);
  expect(invalid.code).toBe(1);
  const report = JSON.parse(invalid.stdout) as { ok: boolean; problems: { path: string; line: number | null }[] };
  expect(report.ok).toBe(false);
  expect(report.problems.map((p) => p.path)).toEqual(expect.arrayContaining(["module.version"]));
  expect(report.problems.length).toBeGreaterThanOrEqual(2);
  expect(report.problems.every((p) => typeof p.line === "number")).toBe(true);
  expect(await fs.readdir(broken, { recursive: true })).toEqual(before);

  const out = path.join(work, "pkg.tgz");
  const packed = await cli(["pack", dir, "--out", out]);
  expect(packed.code).toBe(0);
  const sha = packed.stdout.trim().split(/\s+/)[0];
  expect(sha).toMatch(/^[a-f0-9]{64}$/);
  // Deterministic: packing again gives the same bytes.
  expect((await cli(["pack", dir, "--out", path.join(work, "again.tgz")])).stdout.split(/\s+/)[0]).toBe(sha);

  const published = await cli(["publish", out, "--url", baseURL!, "--token", token]);
  expect(published.stderr).toBe("");
  expect(published.code).toBe(0);
  expect(published.stdout).toContain(`uploaded ${slug}@0.1.0`);
  const version = await db.moduleVersion.findFirstOrThrow({ where: { module: { slug } } });
  expect(version).toMatchObject({ version: "0.1.0", state: "DRAFT", sha256: sha });

  // Publishing the same version again is refused with a clear message.
  const again = await cli(["publish", out, "--url", baseURL!, "--token", token]);
  expect(again.code).toBe(1);
  expect(again.stderr).toContain("already uploaded");
  // A bad token is refused before any upload.
  const bad = await cli(["publish", out, "--url", baseURL!, "--token", "adx_00000000_" + "x".repeat(43)]);
  expect(bad.code).toBe(1);
  expect(bad.stderr).toMatch(/token/i);
});
