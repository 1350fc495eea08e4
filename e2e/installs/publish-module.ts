/**
 * Publishes a copy of a reference module (modules/<name>) under a slug of the test's own, the way
 * an author does: packed, uploaded (so the package lands in the store the app installs from),
 * submitted and approved through the publishing capability. Unique slugs keep the test
 * independent of the demo seed, of other tests and of its own earlier attempts.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { PrismaDb } from "../../src/server/db";
import { packDirectory } from "../../src/server/publishing/package/pack-directory";
import { getPublisherMembership } from "../../src/server/publishing/publisher-scope";
import { uploadVersion } from "../../src/server/publishing/upload-version";
import { moderateVersion, transitionVersionAsAuthor } from "../../src/server/publishing/version-transitions";
import { actorOf, createCategory, createModule } from "../../test/factories";

const MODULES_DIR = path.join(import.meta.dirname, "..", "..", "modules");

type People = {
  author: { id: string; platformRole: "USER" | "MODERATOR" | "ADMIN" };
  moderator: { id: string; platformRole: "USER" | "MODERATOR" | "ADMIN" };
  publisher: { id: string; slug: string };
};

export async function publishModuleCopy(
  db: PrismaDb,
  people: People,
  opts: {
    /** The reference module in modules/ to copy. */
    from: string;
    /** The slug (and package name) to publish it as. */
    slug: string;
    /** Reference slug → test slug, for the copy's dependencies. */
    dependencies?: Record<string, string>;
    version?: string;
    /** Extra migrations: name (NNN_name) → up and down SQL. */
    migrations?: Record<string, { up: string; down: string }>;
  },
) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `adx-e2e-${opts.slug}-`));
  try {
    await fs.cp(path.join(MODULES_DIR, opts.from), dir, { recursive: true });
    const tomlPath = path.join(dir, "module.toml");
    let toml = (await fs.readFile(tomlPath, "utf8")).replace(/^name = ".*"$/m, `name = "${opts.slug}"`);
    for (const [from, to] of Object.entries(opts.dependencies ?? {})) {
      toml = toml.replace(new RegExp(`^${from} = `, "m"), `${to} = `);
    }
    if (opts.version) {
      toml = toml.replace(/^version = ".*"$/m, `version = "${opts.version}"`);
      await fs.appendFile(path.join(dir, "CHANGELOG.md"), `\n## ${opts.version}\n\n- Release ${opts.version}.\n`);
    }
    await fs.writeFile(tomlPath, toml);
    for (const [name, sql] of Object.entries(opts.migrations ?? {})) {
      await fs.writeFile(path.join(dir, "migrations", `${name}.up.sql`), sql.up);
      await fs.writeFile(path.join(dir, "migrations", `${name}.down.sql`), sql.down);
    }

    if (!(await db.module.findUnique({ where: { slug: opts.slug }, select: { id: true } }))) {
      const category = await createCategory(db);
      const name = /^display_name = "(.*)"$/m.exec(toml)?.[1] ?? opts.slug;
      await createModule(db, { publisherId: people.publisher.id, categoryId: category.id, slug: opts.slug, name, status: "DRAFT" });
    }

    const { data } = await packDirectory(dir);
    const author = actorOf(people.author);
    const publisher = await getPublisherMembership(author, people.publisher.slug, db);
    // The same store the app under test reads packages from (scripts/test.mjs sets it for both).
    const packageStoreDir = process.env.PACKAGE_STORE_DIR;
    const uploaded = await uploadVersion(author, publisher, { moduleSlug: opts.slug, data }, db, { packageStoreDir });
    if (!uploaded.checkReport.ok) throw new Error(`${opts.slug} did not pass the publishing checks: ${JSON.stringify(uploaded.checkReport)}`);
    await transitionVersionAsAuthor(author, publisher, { moduleSlug: opts.slug, version: uploaded.version, action: "submit" }, db);
    await moderateVersion(actorOf(people.moderator), { versionId: uploaded.id, action: "approve" }, db);
    return uploaded;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
