import { afterEach, beforeEach, vi } from "vitest";

// Tests fail loudly (STYLE.md rule 22): an unexpected console.error fails the test that caused it.
// A test that expects an error log spies on console.error itself (vi.spyOn(...).mockImplementation).
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length > 0) {
    const shown = errors.map((a) => a.map(String).join(" ")).join("\n");
    errors = [];
    throw new Error(`unexpected console.error during the test:\n${shown}`);
  }
});
