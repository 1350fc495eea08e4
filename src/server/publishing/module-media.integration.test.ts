// Guards: listing images are recognised by their bytes, limited in size and number, stored
// content-addressed, and only the listing's own publisher can change them (issue 3).
import fs from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { prisma } from "~/server/db";
import { createCaller } from "~/server/root";
import { actorOf, createCategory, createModule, createPublisher, createUser } from "../../../test/factories";
import { mediaFilePath, MEDIA_LIMITS, removeModuleScreenshot, sniffImage, uploadModuleMedia } from "./module-media";
import { getPublisherMembership } from "./publisher-scope";

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const SVG = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"></svg>');

describe("listing media", () => {
  it("recognises images by their bytes, not their names", () => {
    expect(sniffImage(PNG)).toBe("png");
    expect(sniffImage(SVG)).toBe("svg");
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpg");
    expect(sniffImage(Buffer.from("<html><script>alert(1)</script></html>"))).toBeNull();
    expect(sniffImage(Buffer.from("GIF89a"))).toBeNull();
  });

  it("stores an icon and screenshots for the publisher's own listing, and removes screenshots", async () => {
    const author = await createUser(prisma);
    const pub = await createPublisher(prisma, { members: [{ userId: author.id }] });
    const mod = await createModule(prisma, { publisherId: pub.id, categoryId: (await createCategory(prisma)).id });
    const ctx = await getPublisherMembership(actorOf(author), pub.slug);

    const icon = await uploadModuleMedia(actorOf(author), ctx, { moduleSlug: mod.slug, kind: "icon", data: SVG });
    expect(icon.iconUrl).toMatch(/^\/media\/[a-f0-9]{64}\.svg$/);
    const stored = await mediaFilePath(icon.iconUrl!.slice("/media/".length));
    expect(stored?.contentType).toBe("image/svg+xml");
    expect(await fs.readFile(stored!.path)).toEqual(SVG);

    const shot = await uploadModuleMedia(actorOf(author), ctx, { moduleSlug: mod.slug, kind: "screenshot", data: PNG, caption: "The client list" });
    expect(shot.screenshots).toEqual([{ url: expect.stringMatching(/\.png$/), caption: "The client list" }]);
    await expect(uploadModuleMedia(actorOf(author), ctx, { moduleSlug: mod.slug, kind: "icon", data: Buffer.from("not an image") })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      uploadModuleMedia(actorOf(author), ctx, { moduleSlug: mod.slug, kind: "icon", data: Buffer.concat([PNG, Buffer.alloc(MEDIA_LIMITS.iconBytes)]) }),
    ).rejects.toMatchObject({ code: "LIMIT_EXCEEDED" });

    await removeModuleScreenshot(actorOf(author), ctx, { slug: mod.slug, url: shot.screenshots[0]!.url });
    expect((await prisma.module.findUniqueOrThrow({ where: { id: mod.id } })).screenshots).toEqual([]);
    expect(await prisma.auditLog.count({ where: { targetId: mod.id } })).toBe(3);
  });

  it("refuses another publisher's member, and rejects unsafe file names when serving", async () => {
    const [author, other] = await Promise.all([createUser(prisma), createUser(prisma)]);
    const pub = await createPublisher(prisma, { members: [{ userId: author.id }] });
    const otherPub = await createPublisher(prisma, { members: [{ userId: other.id }] });
    const mod = await createModule(prisma, { publisherId: pub.id, categoryId: (await createCategory(prisma)).id });
    const otherCtx = await getPublisherMembership(actorOf(other), otherPub.slug);
    await expect(uploadModuleMedia(actorOf(other), otherCtx, { moduleSlug: mod.slug, kind: "icon", data: PNG })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createCaller({ actor: actorOf(other) }).publishing.module.removeScreenshot({ publisher: otherPub.slug, slug: mod.slug, url: "/media/x.png" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await mediaFilePath("../../etc/passwd")).toBeNull();
    expect(await mediaFilePath(`${"a".repeat(64)}.html`)).toBeNull();
  });
});
