/**
 * The package store: module packages on the filesystem, content-addressed by sha256
 * (`<dir>/<aa>/<sha256>.tgz`). Writing is atomic (temp file + rename) and idempotent, so the same
 * bytes uploaded twice are stored once and a crash never leaves a half-written package.
 */
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { AppError } from "~/server/shared/app-error";

const SHA256 = /^[a-f0-9]{64}$/;

// Read lazily so that scripts (the seed) can use the store without the app's full configuration.
export const packageStoreDir = async () => path.resolve((await import("~/env")).env.PACKAGE_STORE_DIR);

export function packagePath(sha256: string, dir: string) {
  if (!SHA256.test(sha256)) throw new AppError("INVALID_INPUT", { message: `not a sha256: ${sha256}` });
  return path.join(dir, sha256.slice(0, 2), `${sha256}.tgz`);
}

export async function storePackage(data: Uint8Array, dir?: string): Promise<{ sha256: string; path: string }> {
  dir ??= await packageStoreDir();
  const sha256 = crypto.createHash("sha256").update(data).digest("hex");
  const target = packagePath(sha256, dir);
  try {
    await fs.access(target);
    return { sha256, path: target };
  } catch {
    /* not stored yet */
  }
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`;
  await fs.writeFile(temp, data);
  await fs.rename(temp, target);
  return { sha256, path: target };
}

/** Reads a stored package and verifies its checksum (a corrupted store is an error, not data). */
export async function readStoredPackage(sha256: string, dir?: string): Promise<Buffer> {
  dir ??= await packageStoreDir();
  const data = await fs.readFile(packagePath(sha256, dir)).catch(() => {
    throw new AppError("NOT_FOUND", { message: `package ${sha256} is not in the store`, userMessage: "That package is no longer stored." });
  });
  const actual = crypto.createHash("sha256").update(data).digest("hex");
  if (actual !== sha256) throw new Error(`package store corrupted: ${sha256} has checksum ${actual}`);
  return data;
}
