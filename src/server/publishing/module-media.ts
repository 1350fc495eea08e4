/**
 * Listing media (icon and screenshots), stored content-addressed beside the packages and served
 * from /media/<sha256>.<ext>. Only PNG, JPEG, WebP and SVG are accepted, recognised by their bytes
 * rather than their names; SVGs are served with a sandboxing CSP so a script in one never runs.
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { recordAudit } from "~/server/audit/record-audit";
import { prisma, type PrismaDb } from "~/server/db";
import type { Actor } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";
import { packageStoreDir } from "./package-store";
import { parseScreenshots } from "./stored-json";
import { type PublisherContext, publisherScoped } from "./publisher-scope";

export const MEDIA_TYPES = { png: "image/png", jpg: "image/jpeg", webp: "image/webp", svg: "image/svg+xml" } as const;
export type MediaExt = keyof typeof MEDIA_TYPES;
export const MEDIA_LIMITS = { iconBytes: 512 * 1024, screenshotBytes: 3 * 1024 * 1024, screenshots: 8 } as const;
const MEDIA_FILE = /^([a-f0-9]{64})\.(png|jpg|webp|svg)$/;

export function sniffImage(data: Uint8Array): MediaExt | null {
  const b = Buffer.from(data.subarray(0, 512));
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png";
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpg";
  if (b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP") return "webp";
  const head = b.toString("utf8").replace(/^\uFEFF/, "").trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return "svg";
  return null;
}

const mediaDir = async () => path.join(await packageStoreDir(), "media");

export async function mediaFilePath(file: string): Promise<{ path: string; contentType: string } | null> {
  const m = MEDIA_FILE.exec(file);
  if (!m) return null;
  return { path: path.join(await mediaDir(), file), contentType: MEDIA_TYPES[m[2] as MediaExt] };
}

async function storeMedia(data: Uint8Array, ext: MediaExt) {
  const sha = crypto.createHash("sha256").update(data).digest("hex");
  const file = `${sha}.${ext}`;
  const dir = await mediaDir();
  const target = path.join(dir, file);
  await fs.mkdir(dir, { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  await fs.writeFile(temp, data);
  await fs.rename(temp, target);
  return `/media/${file}`;
}

export const ZMediaKindSchema = z.enum(["icon", "screenshot"]);

export async function uploadModuleMedia(
  actor: Actor,
  publisher: PublisherContext,
  request: { moduleSlug: string; kind: "icon" | "screenshot"; data: Uint8Array; caption?: string },
  db: PrismaDb = prisma,
) {
  const module = await db.module.findFirst({ where: publisherScoped(publisher, { slug: request.moduleSlug }), select: { id: true, screenshots: true } });
  if (!module) throw new AppError("NOT_FOUND", { userMessage: `Your publisher has no module called "${request.moduleSlug}".` });
  const limit = request.kind === "icon" ? MEDIA_LIMITS.iconBytes : MEDIA_LIMITS.screenshotBytes;
  if (request.data.byteLength > limit) {
    throw new AppError("LIMIT_EXCEEDED", { userMessage: `That image is ${(request.data.byteLength / 1024).toFixed(0)} KiB; the limit is ${limit / 1024} KiB.` });
  }
  const ext = sniffImage(request.data);
  if (!ext) throw new AppError("INVALID_INPUT", { userMessage: "Upload a PNG, JPEG, WebP or SVG image." });
  const screenshots = parseScreenshots(module.screenshots);
  if (request.kind === "screenshot" && screenshots.length >= MEDIA_LIMITS.screenshots) {
    throw new AppError("LIMIT_EXCEEDED", { userMessage: `A listing has at most ${MEDIA_LIMITS.screenshots} screenshots. Remove one first.` });
  }
  const caption = z.string().trim().max(160).parse(request.caption ?? "");
  const url = await storeMedia(request.data, ext);
  return db.$transaction(async (tx) => {
    const updated = await tx.module.update({
      where: { id: module.id },
      data: request.kind === "icon" ? { iconUrl: url } : { screenshots: [...screenshots, { url, caption }] },
      select: { iconUrl: true, screenshots: true },
    });
    await recordAudit(tx, actor, { action: `module.${request.kind}_uploaded`, targetType: "module", targetId: module.id, publisherId: publisher.id, data: { url } });
    return { iconUrl: updated.iconUrl, screenshots: parseScreenshots(updated.screenshots) };
  });
}

export async function removeModuleScreenshot(
  actor: Actor,
  publisher: PublisherContext,
  request: { slug: string; url: string },
  db: PrismaDb = prisma,
) {
  return db.$transaction(async (tx) => {
    const module = await tx.module.findFirst({ where: publisherScoped(publisher, { slug: request.slug }), select: { id: true, screenshots: true } });
    if (!module) throw new AppError("NOT_FOUND", { userMessage: `Your publisher has no module called "${request.slug}".` });
    const before = parseScreenshots(module.screenshots);
    const after = before.filter((s) => s.url !== request.url);
    if (after.length === before.length) throw new AppError("NOT_FOUND", { userMessage: "That screenshot is not on this listing." });
    await tx.module.update({ where: { id: module.id }, data: { screenshots: after } });
    await recordAudit(tx, actor, { action: "module.screenshot_removed", targetType: "module", targetId: module.id, publisherId: publisher.id, data: { url: request.url } });
    return { screenshots: after };
  });
}
