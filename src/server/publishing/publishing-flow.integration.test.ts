// Guards: an author uploads, submits; a moderator approves (published, in the catalog) or rejects
// with a reason the author sees; versions are immutable and ordered; every transition is audited (issue 3).
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scaffoldModule } from "~/cli/scaffold";
import { prisma } from "~/server/db";
import { createCaller } from "~/server/root";
import { actorOf, createCategory, createPublisher, createUser, uid } from "../../../test/factories";
import { packDirectory } from "./package/pack-directory";
import { uploadVersion } from "./upload-version";
import { getPublisherMembership } from "./publisher-scope";

async function buildPackage(slug: string, edit?: (dir: string) => Promise<void>) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "adx-pkg-"));
  await scaffoldModule(dir, slug);
  await edit?.(dir);
  return (await packDirectory(dir)).data;
}

const setVersion = (version: string, extra = "") => async (dir: string) => {
  const file = path.join(dir, "module.toml");
  let toml = (await fs.readFile(file, "utf8")).replace('version = "0.1.0"', `version = "${version}"`);
  if (extra) toml = toml.replace('required = ["client.read"]', extra);
  await fs.writeFile(file, toml);
  await fs.appendFile(path.join(dir, "CHANGELOG.md"), `\n## ${version}\n\n- Release ${version}.\n`);
};

describe("publishing flow", () => {
  let author: Awaited<ReturnType<typeof createUser>>;
  let moderator: Awaited<ReturnType<typeof createUser>>;
  let publisherSlug: string;
  const slug = uid("flow-");

  beforeAll(async () => {
    author = await createUser(prisma);
    moderator = await createUser(prisma, { role: "MODERATOR" });
    const category = await createCategory(prisma);
    await prisma.category.update({ where: { id: category.id }, data: { slug: `cat-${slug}` } });
    publisherSlug = (await createPublisher(prisma, { members: [{ userId: author.id }] })).slug;
    await createCaller({ actor: actorOf(author) }).publishing.module.create({
      publisher: publisherSlug,
      slug,
      name: "Flow Module",
      summary: "A module that goes through the whole review flow",
      categorySlug: `cat-${slug}`,
    });
  });

  it("uploads a draft, submits it, and a moderator's approval publishes it to the catalog", async () => {
    const a = createCaller({ actor: actorOf(author) });
    const publisher = await getPublisherMembership(actorOf(author), publisherSlug);
    const draft = await uploadVersion(actorOf(author), publisher, { moduleSlug: slug, data: await buildPackage(slug) });
    expect(draft).toMatchObject({ version: "0.1.0", state: "DRAFT" });
    expect(draft.checkReport.ok).toBe(true);
    await expect(createCaller({ actor: null }).catalog.getModule({ slug })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await a.publishing.version.transition({ publisher: publisherSlug, moduleSlug: slug, version: "0.1.0", action: "submit" });
    const queue = await createCaller({ actor: actorOf(moderator) }).moderation.findQueue({ perPage: 100 });
    const item = queue.data.find((q) => q.module.slug === slug);
    expect(item).toMatchObject({ version: "0.1.0", module: { isNew: true } });

    const review = await createCaller({ actor: actorOf(moderator) }).moderation.version.get({ versionId: item!.versionId });
    expect(review.version.manifestToml).toContain(`name = "${slug}"`);
    expect(review.version.migrations[0]?.name).toMatch(/001_init/);
    expect(review.diff.previousVersion).toBeNull();
    expect(review.diff.permissions.added).toEqual(["client.read"]);

    await createCaller({ actor: actorOf(moderator) }).moderation.version.moderate({ versionId: item!.versionId, action: "approve" });
    const page = await createCaller({ actor: null }).catalog.getModule({ slug });
    expect(page).toMatchObject({ status: "PUBLISHED", latestVersion: "0.1.0" });
    const audit = await prisma.auditLog.findMany({ where: { targetId: item!.versionId }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audit.map((e) => e.action)).toEqual(["version.uploaded", "version.submitted", "version.approved", "version.published"]);
    expect(await prisma.notification.count({ where: { userId: author.id, kind: "version.approve" } })).toBe(1);
  });

  it("keeps versions immutable and increasing", async () => {
    const publisher = await getPublisherMembership(actorOf(author), publisherSlug);
    const again = await buildPackage(slug, async (dir) => fs.appendFile(path.join(dir, "README.md"), "\nchanged\n"));
    await expect(uploadVersion(actorOf(author), publisher, { moduleSlug: slug, data: again })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      uploadVersion(actorOf(author), publisher, { moduleSlug: slug, data: await buildPackage(slug, setVersion("0.0.9")) }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    const other = await buildPackage(uid("other-"));
    await expect(uploadVersion(actorOf(author), publisher, { moduleSlug: slug, data: other })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { problems: [expect.objectContaining({ path: "module.name" })] },
    });
  });

  it("shows a diff of new permissions, and a rejection reason to the author", async () => {
    const publisher = await getPublisherMembership(actorOf(author), publisherSlug);
    await uploadVersion(actorOf(author), publisher, {
      moduleSlug: slug,
      data: await buildPackage(slug, setVersion("0.2.0", 'required = ["client.read", "notification.send"]')),
    });
    const a = createCaller({ actor: actorOf(author) });
    await a.publishing.version.transition({ publisher: publisherSlug, moduleSlug: slug, version: "0.2.0", action: "submit" });
    const m = createCaller({ actor: actorOf(moderator) });
    const item = (await m.moderation.findQueue({ perPage: 100 })).data.find((q) => q.module.slug === slug && q.version === "0.2.0")!;
    expect(item.risk.addedPermissions).toEqual(["notification.send"]);
    const review = await m.moderation.version.get({ versionId: item.versionId });
    expect(review.diff).toMatchObject({ previousVersion: "0.1.0", permissions: { added: ["notification.send"], removed: [] } });
    expect(review.version.checkReport.checks.find((c) => c.name === "permissions")?.status).toBe("warning");

    await expect(m.moderation.version.moderate({ versionId: item.versionId, action: "reject", reason: "no" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await m.moderation.version.moderate({ versionId: item.versionId, action: "reject", reason: "Explain why the module sends notifications." });
    const mine = await a.publishing.module.get({ publisher: publisherSlug, slug });
    const rejected = mine.versions.find((v) => v.version === "0.2.0");
    expect(rejected).toMatchObject({ state: "REJECTED", rejectionReason: "Explain why the module sends notifications." });
    // The catalog still offers the approved version only.
    expect((await createCaller({ actor: null }).catalog.getModule({ slug })).latestVersion).toBe("0.1.0");
  });

  it("enforces who may make each transition, from which state", async () => {
    const a = createCaller({ actor: actorOf(author) });
    const stranger = await createUser(prisma);
    const strangerPub = await createPublisher(prisma, { members: [{ userId: stranger.id }] });
    await expect(
      createCaller({ actor: actorOf(stranger) }).publishing.version.transition({ publisher: strangerPub.slug, moduleSlug: slug, version: "0.1.0", action: "yank", reason: "I should not be able to" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createCaller({ actor: actorOf(author) }).moderation.version.moderate({ versionId: "x", action: "approve" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(a.publishing.version.transition({ publisher: publisherSlug, moduleSlug: slug, version: "0.1.0", action: "submit" })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    await expect(a.publishing.version.transition({ publisher: publisherSlug, moduleSlug: slug, version: "0.1.0", action: "yank" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await a.publishing.version.transition({ publisher: publisherSlug, moduleSlug: slug, version: "0.1.0", action: "deprecate" });
    // A deprecated version is no longer offered: the module has no installable version now.
    expect((await createCaller({ actor: null }).catalog.getModule({ slug })).latestVersion).toBeNull();
    await a.publishing.version.transition({ publisher: publisherSlug, moduleSlug: slug, version: "0.1.0", action: "yank", reason: "Data loss bug in the migration" });
    const v = await prisma.moduleVersion.findFirstOrThrow({ where: { module: { slug }, version: "0.1.0" } });
    expect(v).toMatchObject({ state: "YANKED", yankReason: "Data loss bug in the migration" });
  });

  it("lets a moderator take a module down and restore it, with a reason", async () => {
    const m = createCaller({ actor: actorOf(moderator) });
    await expect(m.moderation.module.setTakenDown({ slug, takenDown: true })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await m.moderation.module.setTakenDown({ slug, takenDown: true, reason: "Reported for sending spam to clients" });
    await expect(createCaller({ actor: null }).catalog.getModule({ slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createCaller({ actor: actorOf(author) }).moderation.module.setTakenDown({ slug, takenDown: false }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await m.moderation.module.setTakenDown({ slug, takenDown: false });
    expect((await prisma.module.findUniqueOrThrow({ where: { slug } })).status).not.toBe("TAKEN_DOWN");
  });
});
