/**
 * A fresh idempotency key for one confirmation (a plan sheet or dialog opening): repeating the
 * request with it (a double click, a re-submit after a network error) yields the same job.
 * `crypto.randomUUID` exists only in secure contexts, so plain-HTTP intranet hosts fall back to
 * `getRandomValues`, which exists everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}
