// Guards issue 3: packages are read in memory only, with safe paths and regular files, within limits.
import { describe, expect, it } from "vitest";
import { tgz } from "../../../../test/fixtures/publishing/build-archive";
import { PACKAGE_LIMITS, readPackage, unsafePathProblem } from "./read-package";

describe("readPackage", () => {
  it("returns the files, with ./ stripped and folders implied, and the sha256 of the upload", async () => {
    const data = tgz([
      { path: "./", type: "Directory" },
      { path: "./module.toml", body: "[module]\n" },
      { path: "./hooks/", type: "Directory" },
      { path: "./hooks/a.js", body: "export default () => 1;\n" },
      { path: "empty.txt", body: "" },
    ]);
    const result = await readPackage(data);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect([...result.files.keys()]).toEqual(["module.toml", "hooks/a.js", "empty.txt"]);
    expect(result.files.get("hooks/a.js")?.toString()).toBe("export default () => 1;\n");
    expect(result.sizeBytes).toBe(data.length);
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reports every bad entry, not only the first", async () => {
    const result = await readPackage(
      tgz([
        { path: "module.toml", body: "[module]\n" },
        { path: "/abs", body: "x" },
        { path: "link", type: "SymbolicLink", linkpath: "module.toml" },
        { path: "fifo", type: "FIFO" },
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(["/abs", "link", "fifo"]);
  });

  it("counts folders as entries", async () => {
    const entries = [{ path: "module.toml", body: "[module]\n" }, ...Array.from({ length: 5 }, (_, i) => ({ path: `d${i}/`, type: "Directory" as const }))];
    const result = await readPackage(tgz(entries), { ...PACKAGE_LIMITS, maxEntries: 5 });
    expect(result.ok ? [] : result.problems).toEqual([{ path: "package", message: "has more than 5 files and folders" }]);
  });

  it("refuses a header that claims more data than the archive holds", async () => {
    const full = tgz([{ path: "module.toml", body: "[module]\n".repeat(200) }]);
    const { gunzipSync, gzipSync } = await import("node:zlib");
    const tar = gunzipSync(full);
    const cut = gzipSync(tar.subarray(0, 1024)); // header + part of the body, no end blocks
    const result = await readPackage(cut);
    expect(result.ok).toBe(false);
  });
});

describe("unsafePathProblem", () => {
  it.each([
    ["/etc/passwd", "absolute"],
    ["C:/Windows/x", "absolute"],
    ["a\\b", "backslash"],
    ["..", ".."],
    ["a/../../b", ".."],
    ["a\u0000b", "NUL"],
  ])("refuses %j", (p, word) => {
    expect(unsafePathProblem(p)).toContain(word);
  });

  it.each(["module.toml", "./hooks/a.js", "a/b/c..d.txt", "assets/..hidden"])("accepts %j", (p) => {
    expect(unsafePathProblem(p)).toBeNull();
  });
});
