/**
 * Publishes real module packages in tests the way an author does: a copy of a reference module in
 * modules/ (optionally edited: a new version, an extra migration), packed, uploaded, submitted and
 * approved through the publishing capability. Installs then fetch and verify the stored package.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type Db, prisma } from "~/server/db";
import { packDirectory } from "~/server/publishing/package/pack-directory";
import { getPublisherMembership } from "~/server/publishing/publisher-scope";
import { uploadVersion } from "~/server/publishing/upload-version";
import { moderateVersion, transitionVersionAsAuthor } from "~/server/publishing/version-transitions";
import { actorOf, createPublisher, createUser } from "./index";

const MODULES_DIR = path.join(import.meta.dirname, "..", "..", "modules");

type Edit = (dir: string) => Promise<void>;

let author: Awaited<ReturnType<typeof createUser>> | undefined;
let moderator: Awaited<ReturnType<typeof createUser>> | undefined;
let publisherSlug: string | undefined;

async function people(db: Db) {
  author ??= await createUser(db);
  moderator ??= await createUser(db, { role: "MODERATOR" });
  publisherSlug ??= (await createPublisher(db, { members: [{ userId: author.id }] })).slug;
  return { author, moderator, publisherSlug };
}

/** Rewrites `version = "..."` in module.toml and adds a changelog entry. */
export const withVersion = (version: string): Edit => async (dir) => {
  const file = path.join(dir, "module.toml");
  await fs.writeFile(file, (await fs.readFile(file, "utf8")).replace(/^version = ".*"$/m, `version = "${version}"`));
  await fs.appendFile(path.join(dir, "CHANGELOG.md"), `\n## ${version}\n\n- Release ${version}.\n`);
};

/** Adds a migration pair to the package. */
export const withMigration = (name: string, up: string, down: string): Edit => async (dir) => {
  await fs.writeFile(path.join(dir, "migrations", `${name}.up.sql`), up);
  await fs.writeFile(path.join(dir, "migrations", `${name}.down.sql`), down);
};

/** Replaces a file of the package. */
export const withFile = (rel: string, content: string): Edit => async (dir) => {
  await fs.writeFile(path.join(dir, rel), content);
};

/**
 * Publishes modules/<slug> (edited) and returns the version row. The module listing is created on
 * first use, in the category the manifest names.
 */
export async function publishReferenceModule(slug: string, edits: Edit[] = [], db: Db = prisma) {
  const { author: a, moderator: m, publisherSlug: p } = await people(db);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `adx-${slug}-`));
  await fs.cp(path.join(MODULES_DIR, slug), dir, { recursive: true });
  for (const edit of edits) await edit(dir);

  if (!(await db.module.findUnique({ where: { slug }, select: { id: true } }))) {
    const toml = await fs.readFile(path.join(dir, "module.toml"), "utf8");
    const categorySlug = /^category = "(.*)"$/m.exec(toml)?.[1] ?? "tools";
    const category = await db.category.upsert({ where: { slug: categorySlug }, create: { slug: categorySlug, name: categorySlug }, update: {} });
    const publisher = await db.publisher.findUniqueOrThrow({ where: { slug: p }, select: { id: true } });
    const name = /^display_name = "(.*)"$/m.exec(toml)?.[1] ?? slug;
    await db.module.create({
      data: { slug, name, summary: `${name} for tests`, description: `# ${name}`, publisherId: publisher.id, categoryId: category.id, status: "DRAFT" },
    });
  }

  const { data } = await packDirectory(dir);
  await fs.rm(dir, { recursive: true, force: true });
  const authorActor = actorOf(a);
  const publisher = await getPublisherMembership(authorActor, p, db);
  const uploaded = await uploadVersion(authorActor, publisher, { moduleSlug: slug, data }, db);
  if (!uploaded.checkReport.ok) throw new Error(`${slug} did not pass the checks: ${JSON.stringify(uploaded.checkReport)}`);
  await transitionVersionAsAuthor(authorActor, publisher, { moduleSlug: slug, version: uploaded.version, action: "submit" }, db);
  await moderateVersion(actorOf(m), { versionId: uploaded.id, action: "approve" }, db);
  return db.moduleVersion.findUniqueOrThrow({ where: { id: uploaded.id }, select: { id: true, version: true, sha256: true, moduleId: true } });
}
