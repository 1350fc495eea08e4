/** Slugs as the server accepts them: 2-48 lowercase letters, digits and dashes, starting with a letter. */
export const SLUG_PATTERN = /^[a-z][a-z0-9-]{1,47}$/;

/** A slug suggested from a name: "Northwind Labs!" → "northwind-labs". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[^a-z]+/, "")
    .slice(0, 48)
    .replace(/-+$/, "");
}

/** Why a slug would be refused, in words, or null when it is fine. */
export function slugProblem(slug: string): string | null {
  if (slug.length === 0) return "Choose a slug.";
  if (!SLUG_PATTERN.test(slug)) return "Use 2-48 lowercase letters, digits and dashes, starting with a letter.";
  if (slug.includes("--") || slug.endsWith("-")) return "No double dashes, and no dash at the end.";
  return null;
}
