/**
 * The JSON columns publishing writes, parsed with Zod on read (STYLE.md rule 12). Unreadable
 * stored values read as empty rather than breaking a page.
 */
import { z } from "zod";

/** The automated submission report stored on a version. */
export const ZCheckReportSchema = z.object({
  ok: z.boolean(),
  checks: z.array(
    z.object({
      name: z.string(),
      status: z.enum(["passed", "failed", "warning"]),
      problems: z.array(z.string()).default([]),
    }),
  ),
});
export type TCheckReport = z.infer<typeof ZCheckReportSchema>;

/** A version's migrations, as inspected from its package. */
export const ZStoredMigrationSchema = z.object({ name: z.string(), up: z.string(), down: z.string().nullable() });
const ZStoredMigrations = z.array(ZStoredMigrationSchema).catch([]);
export const parseStoredMigrations = (value: unknown) => ZStoredMigrations.parse(value);

/** A listing's screenshots. */
export const ZScreenshotSchema = z.object({ url: z.string(), caption: z.string().default("") });
const ZScreenshots = z.array(ZScreenshotSchema).catch([]);
export const parseScreenshots = (value: unknown) => ZScreenshots.parse(value);
