// Guards the backend choice (STYLE.md rule 16): one port, the backend picked from configuration,
// and a clear error for a Meilisearch backend without a server to talk to.
import { describe, expect, it } from "vitest";
import { createSearchPort } from "./search-port";

describe("createSearchPort", () => {
  it("gives the PostgreSQL backend, which needs no sync", () => {
    expect(createSearchPort("postgres")).toMatchObject({ backend: "postgres", needsSync: false });
  });

  it("refuses Meilisearch without MEILISEARCH_HOST", () => {
    expect(() => createSearchPort("meilisearch")).toThrow(/MEILISEARCH_HOST/);
  });
});
