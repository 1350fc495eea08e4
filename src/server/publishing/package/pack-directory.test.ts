// Guards issue 3: `adx-module pack` gives the same bytes for the same folder, so checksums are reproducible.
import { mkdtemp, mkdir, rm, utimes, writeFile, chmod } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packDirectory } from "./pack-directory";
import { readPackage } from "./read-package";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "adx-pack-"));
  const files: Record<string, string> = {
    "module.toml": "[module]\n",
    "b.txt": "b",
    "a/z.txt": "z",
    "a/b/c.txt": "c",
    "node_modules/left-pad/index.js": "skip",
    ".git/HEAD": "skip",
    ".DS_Store": "skip",
    "old-1.0.0.tgz": "skip",
    [`deep/${"long-folder-name/".repeat(8)}file.txt`]: "needs a PAX header",
  };
  for (const [name, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), body);
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("packDirectory", () => {
  it("packs files only, sorted, skipping node_modules, .git, .DS_Store and .tgz files", async () => {
    const packed = await packDirectory(dir);
    expect(packed.files).toEqual(["a/b/c.txt", "a/z.txt", "b.txt", `deep/${"long-folder-name/".repeat(8)}file.txt`, "module.toml"]);
    const read = await readPackage(packed.data);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect([...read.files.keys()].sort()).toEqual(packed.files);
    expect(read.sha256).toBe(packed.sha256);
    expect(read.files.get("a/b/c.txt")?.toString()).toBe("c");
  });

  it("gives identical bytes for the same content, whatever the times and modes on disk", async () => {
    const first = await packDirectory(dir);
    await utimes(path.join(dir, "b.txt"), new Date(2030, 1, 1), new Date(2030, 1, 1));
    await chmod(path.join(dir, "a/z.txt"), 0o755);
    const second = await packDirectory(dir);
    expect(second.sha256).toBe(first.sha256);
    expect(Buffer.compare(second.data, first.data)).toBe(0);
  });

  it("changes when a file changes", async () => {
    const before = await packDirectory(dir);
    await writeFile(path.join(dir, "b.txt"), "B");
    const after = await packDirectory(dir);
    expect(after.sha256).not.toBe(before.sha256);
  });
});
