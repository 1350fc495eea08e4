import { AppError } from "~/server/shared/app-error";

/**
 * One thing wrong with a submitted package, in words an author can act on.
 *
 * - `path`: where it is. For manifest problems, the dotted path of the key below `[module]`
 *   (`dependencies.membership`, `hooks.actions[0].handler`); keys that sit directly in `[module]`
 *   keep the prefix so they never stand alone (`module.version`, `module.foo`). For package
 *   problems, the file's path inside the package (`migrations/001_init.up.sql`).
 * - `file`: the package file the line and column refer to (`module.toml`, a migration, a hook).
 * - `line`/`column`: 1-based, in that file.
 */
export type Problem = { path: string; message: string; line?: number; column?: number; file?: string };

/** `dependencies.membership: "^1.x.y" is not a valid semver range (line 14, col 15)` */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? "" : p.column === undefined ? ` (line ${p.line})` : ` (line ${p.line}, col ${p.column})`;
  return `${p.path}: ${p.message}${where}`;
}

/** Source order within each file; files keep the order they first appear in, unlocated problems go last in their file. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const fileOrder = new Map<string, number>();
  for (const p of problems) if (!fileOrder.has(p.file ?? "")) fileOrder.set(p.file ?? "", fileOrder.size);
  const rank = (p: Problem, i: number) => [fileOrder.get(p.file ?? "") ?? 0, p.line ?? Number.MAX_SAFE_INTEGER, p.column ?? 0, i];
  return problems
    .map((p, i) => ({ p, key: rank(p, i) }))
    .sort((a, b) => {
      for (let k = 0; k < a.key.length; k++) {
        const d = (a.key[k] ?? 0) - (b.key[k] ?? 0);
        if (d !== 0) return d;
      }
      return 0;
    })
    .map(({ p }) => p);
}

/**
 * The AppError for a rejected package or manifest (STYLE.md rule 8): `details.problems` carries
 * every problem with its position, the message for logs lists them.
 */
export function problemsError(problems: readonly Problem[], userMessage?: string): AppError {
  return new AppError("INVALID_INPUT", {
    message: `package rejected: ${problems.map(formatProblem).join("; ")}`,
    userMessage:
      userMessage ??
      (problems.length === 1
        ? "The package has 1 problem. Fix it and upload again."
        : `The package has ${problems.length} problems. Fix them and upload again.`),
    details: { problems },
  });
}
