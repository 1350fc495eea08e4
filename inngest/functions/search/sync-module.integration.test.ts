// Guards the search sync (issue 5): catalog changes (published, updated, deprecated, yanked, taken
// down, restored) are announced as `catalog/module.changed` after they commit, never when they
// fail; the sync function is registered and runs on the embedded executor, where, with the
// PostgreSQL backend, it has nothing to push.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/server/db";
import { readFunctionConfigs } from "~/server/executor/function-config";
import { LocalExecutor } from "~/server/executor/local-executor";
import { getPublisherMembership } from "~/server/publishing/publisher-scope";
import { updateModuleListing } from "~/server/publishing/update-module-listing";
import { moderateVersion, setModuleTakenDown, transitionVersionAsAuthor } from "~/server/publishing/version-transitions";
import { searchModules } from "~/server/search/search-modules";
import { inngest } from "~inngest/client";
import { functions } from "~inngest/functions";
import { actorOf, createCategory, createModule, createPublisher, createUser, createVersion } from "../../../test/factories";
import { syncSearchModule } from "./sync-module";
import { syncSearchModuleInstalls } from "./sync-module-installs";

const executor = new LocalExecutor({ client: inngest, functions, db: prisma, backoffMs: () => 5, pollMs: 20 });
afterAll(() => executor.stop());

async function changesOf(moduleId: string) {
  const events = await prisma.executorEvent.findMany({ where: { name: "catalog/module.changed" }, orderBy: { ts: "asc" } });
  return events.filter((e) => (e.data as { moduleId: string }).moduleId === moduleId).map((e) => (e.data as { change: string }).change);
}

describe("search sync", () => {
  let moduleId: string;
  let slug: string;
  const mod = { actor: null as ReturnType<typeof actorOf>, author: null as ReturnType<typeof actorOf>, publisherSlug: "" };

  beforeAll(async () => {
    const [moderator, author] = await Promise.all([createUser(prisma, { role: "MODERATOR" }), createUser(prisma)]);
    const publisher = await createPublisher(prisma, { members: [{ userId: author.id }] });
    const category = await createCategory(prisma);
    const m = await createModule(prisma, { publisherId: publisher.id, categoryId: category.id, status: "DRAFT", name: "Quasar Ledger" });
    moduleId = m.id;
    slug = m.slug;
    await createVersion(prisma, { moduleId, version: "1.0.0", state: "SUBMITTED" });
    await createVersion(prisma, { moduleId, version: "1.1.0", state: "SUBMITTED" });
    mod.actor = actorOf(moderator);
    mod.author = actorOf(author);
    mod.publisherSlug = publisher.slug;
  });

  it("is registered for catalog changes and installs", () => {
    expect(functions).toContain(syncSearchModule);
    expect(functions).toContain(syncSearchModuleInstalls);
    const { configs } = readFunctionConfigs(inngest.id, functions);
    expect(configs.get(syncSearchModule.id(inngest.id))?.events).toEqual(["catalog/module.changed"]);
    expect(configs.get(syncSearchModuleInstalls.id(inngest.id))?.events).toEqual(["module.installed", "module.uninstalled"]);
  });

  it("announces every public catalog change after it commits, and nothing for failed ones", async () => {
    const versions = await prisma.moduleVersion.findMany({ where: { moduleId }, orderBy: { version: "asc" } });
    await moderateVersion(mod.actor, { versionId: versions[0]!.id, action: "approve" });
    await moderateVersion(mod.actor, { versionId: versions[1]!.id, action: "approve" });
    const publisher = await getPublisherMembership(mod.author, mod.publisherSlug);
    await transitionVersionAsAuthor(mod.author, publisher, { moduleSlug: slug, version: "1.0.0", action: "deprecate" });
    await moderateVersion(mod.actor, { versionId: versions[0]!.id, action: "yank", reason: "A security problem in this version" });
    await updateModuleListing(mod.author, publisher, { slug, data: { summary: "Double-entry bookkeeping for everyone" } });
    await setModuleTakenDown(mod.actor, { slug, takenDown: true, reason: "Violates the marketplace terms" });
    await setModuleTakenDown(mod.actor, { slug, takenDown: false });
    // Refused: already restored; nothing is announced.
    await expect(setModuleTakenDown(mod.actor, { slug, takenDown: false })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await expect(moderateVersion(mod.actor, { versionId: versions[1]!.id, action: "approve" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });

    expect(await changesOf(moduleId)).toEqual(["published", "published", "deprecated", "yanked", "updated", "taken_down", "restored"]);
  });

  it("announces nothing from inside a transaction a caller composed (it has not committed yet)", async () => {
    await prisma.$transaction((tx) => setModuleTakenDown(mod.actor, { slug, takenDown: true, reason: "Composed into a larger change" }, tx));
    await prisma.$transaction((tx) => setModuleTakenDown(mod.actor, { slug, takenDown: false }, tx));
    expect((await changesOf(moduleId)).length).toBe(7);
  });

  it("runs on the embedded executor, with nothing to push for the PostgreSQL backend", async () => {
    await executor.drain({ timeoutMs: 30_000 });
    const runs = await prisma.executorRun.findMany({ where: { functionId: syncSearchModule.id(inngest.id) } });
    const mine = runs.filter((r) => (r.event as { data: { moduleId: string } }).data.moduleId === moduleId);
    expect(mine).toHaveLength(7);
    for (const run of mine) {
      expect(run).toMatchObject({ status: "COMPLETED", output: { backend: "postgres", skipped: true, indexed: 0, removed: 0 } });
    }
    // PostgreSQL already answers with the new text.
    const res = await searchModules({ q: "double-entry bookkeeping" });
    expect(res.data.map((h) => h.slug)).toEqual([slug]);
  });
});
