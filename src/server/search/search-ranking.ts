/**
 * Ranking rules both search backends share (docs/search.md): the Bayesian rating, core-version
 * compatibility and synonyms. Pure functions and constants.
 */
import semver from "semver";

/**
 * C in the Bayesian average (C·m + Σ) / (C + n): how many reviews' worth of weight the catalog's
 * mean rating m gets. With C = 10, a module's own reviews outweigh the prior once it has more than
 * ten; one 5-star review (≈ m + (5 − m)/11) never beats two hundred 4.8s.
 */
export const BAYESIAN_PRIOR_WEIGHT = 10;

/**
 * The Bayesian average of a module's ratings: `sum` of its n ratings pulled towards the catalog
 * mean m (the mean of the average ratings of the published modules that have reviews).
 * Unreviewed modules have no score (null): the rating sort puts them after every reviewed module.
 */
export function bayesianRating(count: number, sum: number, catalogMean: number): number | null {
  if (count <= 0) return null;
  return (BAYESIAN_PRIOR_WEIGHT * catalogMean + sum) / (BAYESIAN_PRIOR_WEIGHT + count);
}

/**
 * The core-version ranges (each module's latest published version's `coreRange`) that a core
 * version satisfies, by the `semver` package's rules (the resolver's too): prereleases of the core
 * only satisfy ranges that name a prerelease of the same version, an invalid range satisfies
 * nothing. Search backends filter with "the module's range is one of these", which keeps the
 * semver logic in one place and the filter an indexable equality.
 */
export function compatibleRanges(ranges: string[], coreVersion: string): string[] {
  return ranges.filter((range) => {
    try {
      return semver.satisfies(coreVersion, range);
    } catch {
      return false;
    }
  });
}

/**
 * Words people use for the same thing (one-way: the key also finds the values). Meilisearch gets
 * them as index settings; the PostgreSQL backend ORs them into the term's tsquery.
 */
export const SEARCH_SYNONYMS: Record<string, string[]> = {
  crm: ["customer relationship management"],
  hr: ["human resources"],
  erp: ["enterprise resource planning"],
  billing: ["invoicing"],
  invoicing: ["billing"],
  invoice: ["bill"],
  timesheet: ["time tracking"],
  helpdesk: ["support ticket"],
  kanban: ["board"],
  pm: ["project management"],
};
