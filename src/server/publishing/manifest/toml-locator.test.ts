// Guards issue 3: manifest problems point at the right line and column, however the TOML is written.
import { describe, expect, it } from "vitest";
import { locateToml } from "./toml-locator";

describe("locateToml", () => {
  const source = `# comment
[module]
name = "x" # trailing comment
"quoted key" = 'literal'
multi = """
a "quoted" line
"""
dotted.key.deep = 1

[module.dependencies]
a = { version = "^1.0", optional = true }

[module.hooks]
actions = [
  # a comment inside an array
  { event = "a.b", handler = "h.js" },
  { event = "c.d",
    handler = "i.js" },
]

[[module.items]]
x = 1

[[module.items]]
x = 2
when = 1979-05-27 07:32:00
`;
  const at = locateToml(source);

  it("finds keys and values in tables, with string columns inside the quotes", () => {
    expect(at.locate(["module", "name"])).toEqual({ line: 3, column: 9 });
    expect(at.locate(["module", "name"], "key")).toEqual({ line: 3, column: 1 });
    expect(at.locate(["module", "quoted key"])).toEqual({ line: 4, column: 17 });
    expect(at.locate(["module", "multi"])).toEqual({ line: 5, column: 12 });
  });

  it("finds dotted keys and the tables they open", () => {
    expect(at.locate(["module", "dotted", "key", "deep"])).toEqual({ line: 8, column: 19 });
    expect(at.locate(["module", "dotted"])).toEqual({ line: 8, column: 1 });
  });

  it("finds values in inline tables and arrays, across lines", () => {
    expect(at.locate(["module", "dependencies", "a", "optional"])).toEqual({ line: 11, column: 36 });
    expect(at.locate(["module", "hooks", "actions", 0, "handler"])).toEqual({ line: 16, column: 31 });
    expect(at.locate(["module", "hooks", "actions", 1, "handler"])).toEqual({ line: 18, column: 16 });
  });

  it("numbers arrays of tables", () => {
    expect(at.locate(["module", "items", 1, "x"])).toEqual({ line: 25, column: 5 });
    expect(at.locate(["module", "items", 1])).toEqual({ line: 24, column: 1 });
    expect(at.locate(["module", "items", 1, "when"])).toEqual({ line: 26, column: 8 });
  });

  it("falls back to the nearest ancestor for a missing key", () => {
    expect(at.locate(["module", "dependencies", "missing"])).toEqual({ line: 10, column: 1 });
    expect(at.locate(["module", "nothing", "here"])).toEqual({ line: 2, column: 1 });
    expect(at.locate(["elsewhere"])).toBeUndefined();
  });
});
