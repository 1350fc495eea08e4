// Guards the query handling both search backends share (issue 5): safe highlight segments that
// never carry markup, typo-aware word matching, "did you mean" suggestions, Bayesian ratings and
// semver compatibility.
import { describe, expect, it } from "vitest";
import { bayesianRating, compatibleRanges } from "./search-ranking";
import {
  highlightSegments,
  normalizeQuery,
  segmentsFromMarkedText,
  suggestSpelling,
  termMatchesWord,
  termSimilarity,
  trigramSimilarity,
  vocabularyOf,
} from "./search-text";

const plain = (term: string) => ({ term, isTypo: false });
const typo = (term: string) => ({ term, isTypo: true });
const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join("");

describe("normalizeQuery", () => {
  it("keeps letters and digits as lower-case terms, deduplicated and capped", () => {
    expect(normalizeQuery("  Invoices &  BILLING  invoices!\u0002 ")).toEqual({ text: "Invoices & BILLING invoices!", terms: ["invoices", "billing"] });
    expect(normalizeQuery("a b c d e f g h i j").terms).toHaveLength(8);
    expect(normalizeQuery("x".repeat(200)).text).toHaveLength(100);
    expect(normalizeQuery("Müller 3D").terms).toEqual(["müller", "3d"]);
    expect(normalizeQuery("!!! ???").terms).toEqual([]);
  });
});

describe("trigram similarity (pg_trgm's, for single words)", () => {
  it("matches what PostgreSQL computes", () => {
    // SELECT similarity('invoce', 'invoices') = 0.333…, word_similarity('invoce', 'Invoices') = 0.571…
    expect(trigramSimilarity("invoce", "invoices")).toBeCloseTo(1 / 3, 5);
    expect(termSimilarity("invoce", "invoices")).toBeCloseTo(4 / 7, 5);
  });

  it("matches words as prefixes, shared stems and, for unknown terms only, typos", () => {
    expect(termMatchesWord(plain("inv"), "Invoices")).toBe(true);
    expect(termMatchesWord(plain("invoicing"), "invoices")).toBe(true);
    expect(termMatchesWord(plain("billing"), "Bills")).toBe(true);
    expect(termMatchesWord(plain("manager"), "management")).toBe(true);
    expect(termMatchesWord(plain("invoce"), "Invoices")).toBe(false);
    expect(termMatchesWord(typo("invoce"), "Invoices")).toBe(true);
    expect(termMatchesWord(typo("crm"), "cream")).toBe(false);
  });
});

describe("highlightSegments", () => {
  it("marks the typed part of prefix matches and whole words otherwise", () => {
    expect(highlightSegments("Invoices & Billing", [plain("inv")])).toEqual([
      { text: "Inv", isMatch: true },
      { text: "oices & Billing", isMatch: false },
    ]);
    expect(highlightSegments("Invoices & Billing", [typo("invoce"), plain("billing")])).toEqual([
      { text: "Invoices", isMatch: true },
      { text: " & ", isMatch: false },
      { text: "Billing", isMatch: true },
    ]);
  });

  it("returns the text unchanged, as plain text, whatever it contains", () => {
    const text = `<img src=x onerror="alert(1)"> Invoices <b>now</b>`;
    const segments = highlightSegments(text, [plain("invoices"), plain("img")]);
    expect(joined(segments)).toBe(text);
    expect(segments.filter((s) => s.isMatch).map((s) => s.text)).toEqual(["img", "Invoices"]);
    expect(highlightSegments("No query", [])).toEqual([{ text: "No query", isMatch: false }]);
    expect(highlightSegments("", [plain("x")])).toEqual([]);
  });
});

describe("segmentsFromMarkedText", () => {
  it("turns engine markers into segments and never trusts markup", () => {
    expect(segmentsFromMarkedText("\u0002Invo\u0003ices <b>&</b> \u0002Billing\u0003", "\u0002", "\u0003")).toEqual([
      { text: "Invo", isMatch: true },
      { text: "ices <b>&</b> ", isMatch: false },
      { text: "Billing", isMatch: true },
    ]);
    expect(segmentsFromMarkedText("broken \u0002marker", "\u0002", "\u0003")).toEqual([{ text: "broken marker", isMatch: false }]);
  });
});

describe("suggestSpelling", () => {
  const vocabulary = vocabularyOf(["Invoices & Billing", "Project Tracker", "Client Management"]);

  it("replaces unknown terms by the closest known word", () => {
    expect(suggestSpelling(["invoce"], vocabulary)).toBe("invoices");
    expect(suggestSpelling(["projct", "trackr"], vocabulary)).toBe("project tracker");
    expect(suggestSpelling(["client", "managment"], vocabulary)).toBe("client management");
  });

  it("suggests nothing for known words, prefixes or hopeless terms", () => {
    expect(suggestSpelling(["invoices"], vocabulary)).toBeNull();
    expect(suggestSpelling(["proj"], vocabulary)).toBeNull();
    expect(suggestSpelling(["zzqx"], vocabulary)).toBeNull();
    expect(suggestSpelling([], vocabulary)).toBeNull();
  });
});

describe("bayesianRating", () => {
  it("does not let one 5-star review beat two hundred 4.8s", () => {
    const mean = 4.0;
    const one = bayesianRating(1, 5, mean);
    const many = bayesianRating(200, 200 * 4.8, mean);
    expect(one).toBeCloseTo((10 * 4 + 5) / 11, 10);
    expect(many).toBeCloseTo((10 * 4 + 960) / 210, 10);
    expect(many!).toBeGreaterThan(one!);
    expect(bayesianRating(0, 0, mean)).toBeNull();
  });

  it("tends to the module's own average as reviews pile up", () => {
    expect(bayesianRating(10_000, 10_000 * 3.2, 4.5)!).toBeCloseTo(3.2, 2);
  });
});

describe("compatibleRanges", () => {
  it("applies semver's rules and ignores invalid ranges", () => {
    const ranges = [">=2.0.0", ">=2.0.0 <3.0.0", "^2.4.0", "~2.3.1", "3.x", "*", "garbage", ">=2.3.0-beta.1"];
    expect(compatibleRanges(ranges, "2.3.0")).toEqual([">=2.0.0", ">=2.0.0 <3.0.0", "*", ">=2.3.0-beta.1"]);
    expect(compatibleRanges(ranges, "3.1.0")).toEqual([">=2.0.0", "3.x", "*", ">=2.3.0-beta.1"]);
  });
});
