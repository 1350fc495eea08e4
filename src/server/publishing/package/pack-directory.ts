import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { Header, Pax } from "tar";

/** Names never packed, at any depth. */
const SKIPPED_NAMES = new Set(["node_modules", ".git", ".DS_Store"]);
const isSkipped = (name: string) => SKIPPED_NAMES.has(name) || name.endsWith(".tgz");

/** Every packed entry carries this time, so the bytes do not depend on when files were touched. */
export const PACK_MTIME = new Date(Date.UTC(2000, 0, 1));

const BLOCK = 512;

/** Files under `dir`, relative, with forward slashes, sorted by code unit. Symlinks are not followed. */
async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    if (isSkipped(entry.name)) continue;
    const rel = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One ustar header (plus a PAX header first when the path is too long for ustar). */
function headerBlocks(filePath: string, size: number): Buffer[] {
  const data = { path: filePath, mode: 0o644, uid: 0, gid: 0, size, mtime: PACK_MTIME, type: "File" as const, uname: "", gname: "" };
  const header = new Header(data);
  const block = Buffer.alloc(BLOCK);
  const needsPax = header.encode(block, 0);
  if (!needsPax) return [block];
  const pax = new Pax({ path: filePath, mtime: PACK_MTIME, size }).encode();
  return [pax, block];
}

/**
 * Packs a module folder into a .tgz the way the marketplace expects (module.toml at the root),
 * deterministically: the same files give the same bytes, whatever the file times, owners or
 * permissions on disk. Files only (folders are implied by paths), sorted, mode 0644, owner 0,
 * fixed mtime, and a gzip header with no time and a fixed OS byte.
 */
export async function packDirectory(dir: string): Promise<{ data: Buffer; sha256: string; files: string[] }> {
  const files = (await listFiles(dir)).sort(compare);
  const parts: Buffer[] = [];
  for (const file of files) {
    const body = await readFile(path.join(dir, file));
    parts.push(...headerBlocks(file, body.length), body);
    const pad = (BLOCK - (body.length % BLOCK)) % BLOCK;
    if (pad > 0) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(BLOCK * 2)); // end of archive
  const data = gzipSync(Buffer.concat(parts), { level: 9 });
  // Byte 9 of the gzip header names the OS that wrote it; zlib fills it in per platform.
  data[9] = 0x03;
  return { data, sha256: createHash("sha256").update(data).digest("hex"), files };
}
