// Guards issue 3: a problem prints the same way in the API, the UI and the CLI.
import { describe, expect, it } from "vitest";
import { formatProblem, problemsError, sortProblems } from "./problems";

describe("formatProblem", () => {
  it("prints path, message and position", () => {
    expect(formatProblem({ path: "dependencies.membership", message: '"^1.x.y" is not a valid semver range', line: 14, column: 15, file: "module.toml" })).toBe(
      'dependencies.membership: "^1.x.y" is not a valid semver range (line 14, col 15)',
    );
  });

  it("leaves the parenthesis out without a line, and the column out without a column", () => {
    expect(formatProblem({ path: "package", message: "is not a gzipped tar archive (.tgz)" })).toBe("package: is not a gzipped tar archive (.tgz)");
    expect(formatProblem({ path: "x.sql", message: "is bad", line: 3 })).toBe("x.sql: is bad (line 3)");
  });
});

describe("sortProblems", () => {
  it("orders by position within each file, files in order of appearance", () => {
    const sorted = sortProblems([
      { path: "b", message: "", file: "module.toml", line: 9 },
      { path: "c", message: "", file: "a.sql", line: 1 },
      { path: "a", message: "", file: "module.toml", line: 2, column: 5 },
      { path: "d", message: "", file: "module.toml" },
      { path: "e", message: "", file: "module.toml", line: 2, column: 1 },
    ]);
    expect(sorted.map((p) => p.path)).toEqual(["e", "a", "b", "d", "c"]);
  });
});

describe("problemsError", () => {
  it("is an INVALID_INPUT AppError carrying the problems", () => {
    const problems = [{ path: "module.version", message: '"1.0" is not a valid semantic version', line: 4, column: 12 }];
    const e = problemsError(problems);
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.details).toEqual({ problems });
    expect(e.message).toContain("module.version: \"1.0\" is not a valid semantic version (line 4, col 12)");
  });
});
