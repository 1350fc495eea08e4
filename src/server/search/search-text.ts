/**
 * Query text handling shared by both search backends: normalising what a person typed into terms,
 * highlighting as safe segments (never HTML), and spelling suggestions. Pure functions.
 */
import type { THighlightSegment } from "./search.schemas";

export const MAX_QUERY_TERMS = 8;
export const MAX_TERM_LENGTH = 32;
/** Terms shorter than this are never typo-corrected (as in Meilisearch: short words have too many neighbours). */
export const TYPO_MIN_TERM_LENGTH = 4;

const WORD = /[\p{L}\p{N}]+/gu;
// Control characters never belong in a query or a highlight; STX/ETX also mark highlights in
// Meilisearch responses (see meilisearch.ts), so they are stripped from input.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

export type TNormalizedQuery = {
  /** The query as shown back to the person: trimmed, single-spaced, at most 100 characters. */
  text: string;
  /** Lower-case words (letters and digits only), deduplicated, at most MAX_QUERY_TERMS. */
  terms: string[];
};

export function normalizeQuery(raw: string): TNormalizedQuery {
  const text = raw.normalize("NFKC").replace(CONTROL, " ").replace(/\s+/g, " ").trim().slice(0, 100);
  const terms: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const term = match[0].slice(0, MAX_TERM_LENGTH);
    if (!terms.includes(term)) terms.push(term);
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return { text, terms };
}

/** pg_trgm's trigrams of one word: lower-cased, padded with two spaces in front and one behind. */
export function trigrams(word: string): Set<string> {
  const padded = `  ${word.toLowerCase()} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) out.add(padded.slice(i, i + 3));
  return out;
}

function sharedTrigrams(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n += 1;
  return n;
}

/** pg_trgm `similarity(a, b)` for single words: shared trigrams over all trigrams. */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  const shared = sharedTrigrams(ta, tb);
  return shared / (ta.size + tb.size - shared || 1);
}

/**
 * How much of `term` is found in `word`: shared trigrams over the term's trigrams (pg_trgm's
 * `word_similarity(term, word)` when the best extent is the whole word). "invoce" in "invoices": 4/7.
 */
export function termSimilarity(term: string, word: string): number {
  const tt = trigrams(term);
  return sharedTrigrams(tt, trigrams(word)) / (tt.size || 1);
}

/** The typo threshold both backends use for names: pg_trgm.word_similarity_threshold in postgres-fts.ts. */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

export type TQueryTerm = {
  term: string;
  /** Whether the term may match as a typo (the backend found no exact or prefix match for it). */
  isTypo: boolean;
};

/**
 * Whether a word of the text answers a query term, the way the PostgreSQL backend matches: as a
 * prefix ("inv" → "Invoices"), by a shared stem ("invoicing" → "invoices": the English stemmer
 * cuts both to "invoic"; approximated by a long common prefix), or, for a term the catalog does not
 * know, as a typo ("invoce").
 */
export function termMatchesWord({ term, isTypo }: TQueryTerm, word: string): boolean {
  const w = word.toLowerCase();
  if (w.startsWith(term)) return true;
  if (term.length < TYPO_MIN_TERM_LENGTH) return false;
  if (sameStem(term, w)) return true;
  return isTypo && termSimilarity(term, w) >= WORD_SIMILARITY_THRESHOLD;
}

/** English inflection and derivation endings (a stand-in for the stemmer, for highlighting only). */
const SUFFIXES = new Set(["", "s", "es", "e", "ed", "d", "ing", "ings", "er", "ers", "ion", "ions", "ment", "ments", "ement", "ements", "ly", "y", "ies", "ied", "ation", "ations", "al", "ive"]);

/** Whether two words differ only by such endings after a common stem of 4+ letters ("invoicing", "invoices"). */
function sameStem(a: string, b: string): boolean {
  const common = commonPrefixLength(a, b);
  for (let k = common; k >= Math.max(4, common - 2); k -= 1) {
    if (SUFFIXES.has(a.slice(k)) && SUFFIXES.has(b.slice(k))) return true;
  }
  return false;
}

function pushSegment(segments: THighlightSegment[], text: string, isMatch: boolean) {
  if (text === "") return;
  const last = segments.at(-1);
  if (last && last.isMatch === isMatch) last.text += text;
  else segments.push({ text, isMatch });
}

/**
 * The text cut into plain segments, what answers a term marked `isMatch`: the typed part of a word
 * matched as a prefix ("Inv" of "Invoices" for "inv"), the whole word otherwise.
 */
export function highlightSegments(text: string, terms: TQueryTerm[]): THighlightSegment[] {
  const segments: THighlightSegment[] = [];
  let at = 0;
  for (const match of terms.length > 0 ? text.matchAll(WORD) : []) {
    const start = match.index;
    const word = match[0];
    pushSegment(segments, text.slice(at, start), false);
    // Longest typed prefix first; lower-casing keeps the length of letters that have a single lower-case form.
    const prefix = Math.max(0, ...terms.map((t) => (word.toLowerCase().startsWith(t.term) && t.term.length <= word.length ? t.term.length : 0)));
    if (prefix > 0 && prefix < word.length && !terms.some((t) => t.term.length > prefix && termMatchesWord(t, word))) {
      pushSegment(segments, word.slice(0, prefix), true);
      pushSegment(segments, word.slice(prefix), false);
    } else {
      pushSegment(segments, word, prefix > 0 || terms.some((t) => termMatchesWord(t, word)));
    }
    at = start + word.length;
  }
  pushSegment(segments, text.slice(at), false);
  return segments;
}

/**
 * Segments from text whose matches an engine wrapped in `pre`…`post` (Meilisearch `_formatted`).
 * The markers are control characters that `normalizeQuery` strips and listings never contain, so
 * nothing a publisher writes can forge a highlight, and nothing here is ever treated as markup.
 */
export function segmentsFromMarkedText(marked: string, pre: string, post: string): THighlightSegment[] {
  const segments: THighlightSegment[] = [];
  let rest = marked;
  while (rest.length > 0) {
    const open = rest.indexOf(pre);
    if (open === -1) {
      pushSegment(segments, rest, false);
      break;
    }
    pushSegment(segments, rest.slice(0, open), false);
    const afterOpen = rest.slice(open + pre.length);
    const close = afterOpen.indexOf(post);
    if (close === -1) {
      pushSegment(segments, afterOpen, false);
      break;
    }
    pushSegment(segments, afterOpen.slice(0, close), true);
    rest = afterOpen.slice(close + post.length);
  }
  return segments;
}

/** Distinct lower-case words of some texts (module names), for spelling suggestions. */
export function vocabularyOf(texts: string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const m of text.toLowerCase().matchAll(WORD)) words.add(m[0]);
  return [...words];
}

/** A known word must be at least this similar to a misspelt term to replace it (pg_trgm's default). */
const SUGGESTION_SIMILARITY = 0.3;

/**
 * "Did you mean …": every term that is not a word (or the start of a word) of the vocabulary is
 * replaced by the most similar vocabulary word, if one is similar enough. Null when nothing changes.
 */
export function suggestSpelling(terms: string[], vocabulary: string[]): string | null {
  if (terms.length === 0 || vocabulary.length === 0) return null;
  let changed = false;
  const corrected = terms.map((term) => {
    if (vocabulary.some((w) => w.startsWith(term))) return term;
    let best: { word: string; score: number } | null = null;
    for (const word of vocabulary) {
      const score = trigramSimilarity(term, word);
      const better =
        !best || score > best.score || (score === best.score && Math.abs(word.length - term.length) < Math.abs(best.word.length - term.length));
      if (score >= SUGGESTION_SIMILARITY && better) best = { word, score };
    }
    if (!best) return term;
    changed = true;
    return best.word;
  });
  return changed ? corrected.join(" ") : null;
}
