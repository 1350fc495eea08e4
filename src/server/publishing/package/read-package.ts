import { createHash } from "node:crypto";
import { createGunzip } from "node:zlib";
import { Parser, type ReadEntry } from "tar";
import { MANIFEST_FILE } from "../manifest/parse-manifest";
import type { Problem } from "../problems";

const MiB = 1024 * 1024;

/** What a package may be. docs/module-manifest.md quotes these numbers. */
export const PACKAGE_LIMITS = {
  /** The uploaded .tgz. */
  maxCompressedBytes: 10 * MiB,
  /** The tar stream after gunzip (headers, padding and contents). */
  maxExpandedBytes: 50 * MiB,
  /** Files and folders. */
  maxEntries: 2000,
  /** Expanded ÷ compressed, checked once the package expands past RATIO_CHECK_FLOOR_BYTES. */
  maxRatio: 100,
  /** Any one file. */
  maxFileBytes: 5 * MiB,
};
export type TPackageLimits = typeof PACKAGE_LIMITS;

/**
 * Small packages of text compress well (tar headers are mostly zeros), so the expansion ratio is
 * only judged once the expanded stream passes 1 MiB: below that nothing can be a bomb.
 */
export const RATIO_CHECK_FLOOR_BYTES = 1 * MiB;

/** The path used for problems about the archive as a whole. */
export const PACKAGE_PATH = "package";

/** Stop listing problems after this many; a hostile archive could produce thousands. */
const MAX_PROBLEMS = 50;

export type TReadPackageResult = { ok: true; files: Map<string, Buffer>; sha256: string; sizeBytes: number } | { ok: false; problems: Problem[] };

const oneDecimal = (n: number) => Math.round(n * 10) / 10;
export const formatBytes = (n: number) => (n >= MiB ? `${oneDecimal(n / MiB)} MiB` : n >= 1024 ? `${oneDecimal(n / 1024)} KiB` : `${n} bytes`);
/** A size over `limit`, in bytes when rounding would make the two look equal. */
const formatOver = (n: number, limit: number) => (formatBytes(n) === formatBytes(limit) ? `${n.toLocaleString("en")} bytes` : formatBytes(n));

const ENTRY_TYPE_WORDS: Record<string, string> = {
  SymbolicLink: "a symbolic link",
  Link: "a hard link",
  CharacterDevice: "a character device",
  BlockDevice: "a block device",
  FIFO: "a FIFO (named pipe)",
};

/**
 * Why an archive path is unsafe, or null. Paths are judged as written, before any
 * normalisation, so `a/../../x` is refused even though it could be "cleaned".
 */
export function unsafePathProblem(p: string): string | null {
  if (p.includes("\0")) return "contains a NUL character";
  if (p.startsWith("/") || /^[A-Za-z]:/.test(p)) return "is an absolute path; packages may only contain relative paths";
  if (p.includes("\\")) return "contains a backslash; use forward slashes";
  if (p.split("/").includes("..")) return 'goes outside the package ("..")';
  return null;
}

/** `./a/b/` → `a/b`; null for the root folder itself. */
function normalisePath(p: string): string | null {
  let out = p;
  while (out.startsWith("./")) out = out.slice(2);
  out = out.replace(/\/+$/, "");
  return out === "" || out === "." ? null : out;
}

/**
 * Reads an uploaded package (a gzipped tar) entirely in memory and returns its files. Nothing is
 * written to disk. Every limit is enforced while streaming, so a bomb is stopped as soon as it
 * crosses a line rather than after it has been inflated.
 */
export async function readPackage(data: Uint8Array, limits: TPackageLimits = PACKAGE_LIMITS): Promise<TReadPackageResult> {
  const sizeBytes = data.byteLength;
  const sha256 = createHash("sha256").update(data).digest("hex");
  const fail = (message: string): TReadPackageResult => ({ ok: false, problems: [{ path: PACKAGE_PATH, message }] });

  if (sizeBytes === 0) return fail("is empty; upload a .tgz file");
  if (sizeBytes > limits.maxCompressedBytes) {
    return fail(`is ${formatOver(sizeBytes, limits.maxCompressedBytes)}; packages may be at most ${formatBytes(limits.maxCompressedBytes)} compressed`);
  }
  if (data[0] !== 0x1f || data[1] !== 0x8b) return fail("is not a gzipped tar archive (.tgz)");

  const problems: Problem[] = [];
  const files = new Map<string, Buffer>();
  const seen = new Set<string>();
  const addProblem = (p: Problem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };

  return new Promise<TReadPackageResult>((resolve) => {
    let isSettled = false;
    let expanded = 0;
    let entries = 0;
    let isTarDamaged = false;

    const gunzip = createGunzip();
    const parser = new Parser({ strict: false, brotli: false, zstd: false });

    /** Stops everything: a limit was crossed, nothing more is read. */
    const abort = (message: string) => {
      if (isSettled) return;
      isSettled = true;
      gunzip.destroy();
      parser.abort(new Error(message));
      resolve({ ok: false, problems: [...problems, { path: PACKAGE_PATH, message }] });
    };

    const finish = () => {
      if (isSettled) return;
      isSettled = true;
      if (isTarDamaged && files.size === 0 && problems.length === 0) {
        resolve(fail("is not a gzipped tar archive (.tgz): the data inside the gzip is not a tar archive"));
        return;
      }
      if (!files.has(MANIFEST_FILE) && !problems.some((p) => p.path === MANIFEST_FILE)) {
        const nested = [...files.keys()].find((f) => f.endsWith(`/${MANIFEST_FILE}`));
        addProblem({
          path: MANIFEST_FILE,
          message: nested
            ? `is missing at the root of the package (found ${nested}); pack the module folder's contents, not the folder`
            : "is missing at the root of the package",
        });
      }
      resolve(problems.length > 0 ? { ok: false, problems } : { ok: true, files, sha256, sizeBytes });
    };

    parser.on("warn", (code: string, message: string) => {
      if (isSettled) return;
      if (code === "TAR_ENTRY_INVALID" || code === "TAR_BAD_ARCHIVE") {
        if (!isTarDamaged && (files.size > 0 || entries > 0)) {
          addProblem({ path: PACKAGE_PATH, message: `is a damaged tar archive (${message})` });
        }
        isTarDamaged = true;
      }
    });
    parser.on("error", (e: Error) => {
      if (!isSettled) abort(`could not be read as a tar archive (${e.message})`);
    });

    parser.on("entry", (entry: ReadEntry) => {
      if (isSettled) {
        entry.resume();
        return;
      }
      entries++;
      if (entries > limits.maxEntries) {
        entry.resume();
        abort(`has more than ${limits.maxEntries} files and folders`);
        return;
      }
      const raw = entry.path;
      const unsafe = unsafePathProblem(raw);
      if (unsafe) {
        addProblem({ path: raw, message: unsafe });
        entry.resume();
        return;
      }
      const path = normalisePath(raw);
      const isFile = entry.type === "File" || entry.type === "OldFile" || entry.type === "ContiguousFile";
      const isDirectory = entry.type === "Directory";
      if (!isFile && !isDirectory) {
        const what = ENTRY_TYPE_WORDS[entry.type] ?? `an entry of type ${entry.type}`;
        addProblem({ path: path ?? raw, message: `is ${what}; packages may only contain regular files and folders` });
        entry.resume();
        return;
      }
      if (path === null) {
        entry.resume(); // the "./" folder itself
        return;
      }
      if (path.split("/").includes("") || path.split("/").includes(".")) {
        addProblem({ path: raw, message: 'is not a clean path (it has "//" or "/./" in it)' });
        entry.resume();
        return;
      }
      if (seen.has(path)) {
        addProblem({ path, message: "appears more than once in the archive" });
        files.delete(path);
        entry.resume();
        return;
      }
      seen.add(path);
      if (isDirectory) {
        entry.resume();
        return;
      }
      if (entry.size > limits.maxFileBytes) {
        addProblem({ path, message: `is ${formatOver(entry.size, limits.maxFileBytes)}; a file may be at most ${formatBytes(limits.maxFileBytes)}` });
        entry.resume();
        return;
      }
      const chunks: Buffer[] = [];
      entry.on("data", (chunk: Buffer) => chunks.push(chunk));
      entry.on("end", () => {
        if (!isSettled && seen.has(path) && !problems.some((p) => p.path === path)) files.set(path, Buffer.concat(chunks));
      });
    });

    parser.on("end", finish);

    gunzip.on("data", (chunk: Buffer) => {
      if (isSettled) return;
      expanded += chunk.length;
      if (expanded > limits.maxExpandedBytes) {
        abort(`expands to more than ${formatBytes(limits.maxExpandedBytes)}; that is the limit for an unpacked package`);
        return;
      }
      if (expanded > RATIO_CHECK_FLOOR_BYTES && expanded / sizeBytes > limits.maxRatio) {
        abort(`expands more than ${limits.maxRatio} times its compressed size (${formatBytes(sizeBytes)} → over ${formatBytes(expanded)}); that looks like an archive bomb`);
        return;
      }
      parser.write(chunk);
    });
    gunzip.on("error", (e: Error) => {
      if (isSettled) return;
      const reason = /unexpected end/i.test(e.message) ? "the file is cut short" : e.message;
      abort(`is not a valid gzip file (${reason})`);
    });
    gunzip.on("end", () => {
      if (!isSettled) parser.end();
    });

    gunzip.end(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  });
}
