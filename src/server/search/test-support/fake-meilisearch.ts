/**
 * A stand-in Meilisearch server for the adapter's contract tests (meilisearch.integration.test.ts):
 * a node:http server that records every request the real `meilisearch` client sends and answers
 * the way Meilisearch does for the subset the adapter uses — tasks (enqueued, then succeeded, or
 * failed with Meilisearch's error codes), indexes, settings, documents, swaps, and searches with
 * the filter forms the adapter builds (`a = "x"`, `a = true`, `a >= 4`, `a IN ["x", "y"]`),
 * exhaustive pagination, facet distributions, sorting and highlighting. Words match as prefixes;
 * there is no typo tolerance: tests of typos run against a real server only.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export type TRecordedRequest = { method: string; path: string; query: Record<string, string>; body: unknown };
type Doc = Record<string, unknown> & { id: string };
type Task = { uid: number; indexUid: string | null; type: string; status: "succeeded" | "failed"; error: { code: string; message: string; type: string; link: string } | null };
type SearchBody = {
  q?: string | null;
  filter?: string[];
  page?: number;
  hitsPerPage?: number;
  limit?: number;
  offset?: number;
  sort?: string[];
  facets?: string[];
  attributesToRetrieve?: string[];
  attributesToHighlight?: string[];
  attributesToSearchOn?: string[];
  highlightPreTag?: string;
  highlightPostTag?: string;
};

const WORD = /[\p{L}\p{N}]+/gu;
const words = (v: unknown) => (Array.isArray(v) ? v.join(" ") : typeof v === "string" ? v : "").toLowerCase().match(WORD) ?? [];

function parseValue(raw: string): unknown {
  return JSON.parse(raw.trim()) as unknown;
}

/** One condition of the subset the adapter sends. */
function matchesCondition(doc: Doc, condition: string): boolean {
  const inList = /^(\w+) IN \[(.*)\]$/.exec(condition);
  if (inList) {
    const values = inList[2]!.trim() === "" ? [] : (JSON.parse(`[${inList[2]}]`) as unknown[]);
    return values.includes(doc[inList[1]!]);
  }
  const cmp = /^(\w+) (=|>=) (.+)$/.exec(condition);
  if (!cmp) throw new Error(`fake meilisearch: unsupported filter "${condition}"`);
  const value = parseValue(cmp[3]!);
  const field = doc[cmp[1]!];
  return cmp[2] === "=" ? field === value : typeof field === "number" && field >= (value as number);
}

export class FakeMeilisearch {
  readonly requests: TRecordedRequest[] = [];
  private server = http.createServer((req, res) => void this.handle(req, res));
  private indexes = new Map<string, { primaryKey: string | null; settings: Record<string, unknown>; docs: Map<string, Doc> }>();
  private tasks = new Map<number, Task>();
  private nextTask = 1;

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Requests other than task polling, in order: what the adapter asked for. */
  calls(): TRecordedRequest[] {
    return this.requests.filter((r) => !r.path.startsWith("/tasks/"));
  }

  clear(): void {
    this.requests.length = 0;
  }

  documents(indexUid: string): Doc[] {
    return [...(this.indexes.get(indexUid)?.docs.values() ?? [])];
  }

  settings(indexUid: string): Record<string, unknown> | undefined {
    return this.indexes.get(indexUid)?.settings;
  }

  private task(indexUid: string | null, type: string, error: string | null = null): Record<string, unknown> {
    const uid = this.nextTask++;
    const status = error ? "failed" : "succeeded";
    this.tasks.set(uid, { uid, indexUid, type, status, error: error ? { code: error, message: error.replaceAll("_", " "), type: "invalid_request", link: "" } : null });
    return { taskUid: uid, indexUid, status: "enqueued", type, enqueuedAt: new Date().toISOString() };
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://fake");
    const body: unknown = raw ? JSON.parse(raw) : undefined;
    const method = req.method ?? "GET";
    this.requests.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), body });
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    };
    try {
      const [, first, uid, sub, action] = url.pathname.split("/");
      if (first === "tasks" && uid) {
        const task = this.tasks.get(Number(uid));
        return task ? send(200, { ...task, batchUid: 0, canceledBy: null, duration: "PT0S", enqueuedAt: "", startedAt: "", finishedAt: "" }) : send(404, {});
      }
      if (first === "indexes" && !uid && method === "POST") {
        const { uid: name, primaryKey } = body as { uid: string; primaryKey?: string };
        if (this.indexes.has(name)) return send(202, this.task(name, "indexCreation", "index_already_exists"));
        this.indexes.set(name, { primaryKey: primaryKey ?? null, settings: {}, docs: new Map() });
        return send(202, this.task(name, "indexCreation"));
      }
      if (first === "swap-indexes" && method === "POST") {
        for (const { indexes: [a, b] } of body as { indexes: [string, string] }[]) {
          const ia = this.indexes.get(a);
          const ib = this.indexes.get(b);
          if (!ia || !ib) return send(202, this.task(null, "indexSwap", "index_not_found"));
          this.indexes.set(a, ib);
          this.indexes.set(b, ia);
        }
        return send(202, this.task(null, "indexSwap"));
      }
      if (first === "multi-search" && method === "POST") {
        const { queries } = body as { queries: (SearchBody & { indexUid: string })[] };
        return send(200, { results: queries.map((q) => ({ indexUid: q.indexUid, ...this.search(q.indexUid, q) })) });
      }
      if (first !== "indexes" || !uid) return send(404, { code: "not_found" });
      const index = this.indexes.get(uid);
      if (!sub && method === "DELETE") {
        if (!index) return send(202, this.task(uid, "indexDeletion", "index_not_found"));
        this.indexes.delete(uid);
        return send(202, this.task(uid, "indexDeletion"));
      }
      if (sub === "settings" && method === "GET") {
        return index ? send(200, index.settings) : send(404, { code: "index_not_found", message: "index not found", type: "invalid_request", link: "" });
      }
      if (sub === "documents" && !action && method === "GET") {
        const all = [...(index?.docs.values() ?? [])];
        const offset = Number(url.searchParams.get("offset") ?? 0);
        const limit = Number(url.searchParams.get("limit") ?? 20);
        return send(200, { results: all.slice(offset, offset + limit), offset, limit, total: all.length });
      }
      if (sub === "settings" && method === "PATCH") {
        if (!index) return send(202, this.task(uid, "settingsUpdate", "index_not_found"));
        Object.assign(index.settings, body);
        return send(202, this.task(uid, "settingsUpdate"));
      }
      if (sub === "documents" && !action && method === "POST") {
        const target = index ?? { primaryKey: url.searchParams.get("primaryKey"), settings: {}, docs: new Map<string, Doc>() };
        this.indexes.set(uid, target);
        for (const doc of body as Doc[]) target.docs.set(doc.id, { ...target.docs.get(doc.id), ...doc });
        return send(202, this.task(uid, "documentAdditionOrUpdate"));
      }
      if (sub === "documents" && action === "delete-batch" && method === "POST") {
        for (const id of body as string[]) index?.docs.delete(id);
        return send(202, this.task(uid, "documentDeletion"));
      }
      if (sub === "search" && method === "POST") {
        if (!index) return send(404, { code: "index_not_found", message: "index not found", type: "invalid_request", link: "" });
        return send(200, this.search(uid, body as SearchBody));
      }
      return send(404, { code: "not_found", message: `${method} ${url.pathname}`, type: "invalid_request", link: "" });
    } catch (e) {
      return send(400, { code: "bad_request", message: String(e), type: "invalid_request", link: "" });
    }
  }

  private search(indexUid: string, params: SearchBody) {
    const docs = this.documents(indexUid);
    const terms = words(params.q ?? "");
    const fields = params.attributesToSearchOn ?? ["name", "summary", "tags", "description"];
    const matches = (doc: Doc) => terms.every((t) => fields.some((f) => words(doc[f]).some((w) => w.startsWith(t))));
    let hits = docs.filter((d) => matches(d) && (params.filter ?? []).every((c) => matchesCondition(d, c)));
    const nameScore = (d: Doc) => (words(d.name).join(" ") === terms.join(" ") ? 2 : terms.every((t) => words(d.name).some((w) => w.startsWith(t))) ? 1 : 0);
    hits.sort((a, b) => {
      for (const rule of params.sort ?? []) {
        const [field, dir] = rule.split(":") as [string, "asc" | "desc"];
        const x = a[field] as number | string | boolean;
        const y = b[field] as number | string | boolean;
        if (x !== y) return (x < y ? -1 : 1) * (dir === "asc" ? 1 : -1);
      }
      return nameScore(b) - nameScore(a) || (b.activeInstalls as number) - (a.activeInstalls as number);
    });
    const facetDistribution: Record<string, Record<string, number>> = {};
    for (const facet of params.facets ?? []) {
      const counts: Record<string, number> = {};
      for (const d of hits) {
        const value = d[facet];
        if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") counts[String(value)] = (counts[String(value)] ?? 0) + 1;
      }
      // Meilisearch lists facet values in alphabetical order by default.
      facetDistribution[facet] = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    const total = hits.length;
    const finite = params.page !== undefined || params.hitsPerPage !== undefined;
    const perPage = params.hitsPerPage ?? 20;
    const page = params.page ?? 1;
    const offset = finite ? (page - 1) * perPage : (params.offset ?? 0);
    const limit = finite ? perPage : (params.limit ?? 20);
    hits = hits.slice(offset, offset + limit);
    const pre = params.highlightPreTag ?? "<em>";
    const post = params.highlightPostTag ?? "</em>";
    const highlight = (text: string) => text.replace(WORD, (w) => (terms.some((t) => w.toLowerCase().startsWith(t)) ? `${pre}${w}${post}` : w));
    const shaped = hits.map((d) => {
      const retrieved = params.attributesToRetrieve ? Object.fromEntries(params.attributesToRetrieve.map((a) => [a, d[a]])) : { ...d };
      if (!params.attributesToHighlight) return retrieved;
      const formatted = { ...retrieved };
      for (const a of params.attributesToHighlight) if (typeof d[a] === "string") formatted[a] = highlight(d[a]);
      return { ...retrieved, _formatted: formatted };
    });
    return {
      hits: shaped,
      query: params.q ?? "",
      processingTimeMs: 0,
      ...(params.facets ? { facetDistribution, facetStats: {} } : {}),
      ...(finite ? { page, hitsPerPage: perPage, totalHits: total, totalPages: Math.ceil(total / Math.max(perPage, 1)) } : { offset, limit, estimatedTotalHits: total }),
    };
  }
}
