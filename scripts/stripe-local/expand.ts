// Responses: `expand[]` (nested paths, through lists' `data`, at most 4 levels, as Stripe) and
// list pagination (`limit`, `starting_after`, `ending_before`, `created` ranges).
import { invalidParam, invalidRequest, noSuch } from "./errors";
import type { Params } from "./form";
import type { Engine } from "./engine";
import type { ApiList } from "./objects";
import { deepClone } from "./util";

type Json = Record<string, unknown>;

/** Fields Stripe leaves out unless expanded (“includable”). */
function include(engine: Engine, obj: Json, field: string): unknown {
  const id = String(obj.id);
  const list = <T>(data: T[], url: string): ApiList<T> => ({ object: "list", data: deepClone(data), has_more: false, url });
  if (obj.object === "checkout.session" && field === "line_items") return list(engine.lineItemsOf(id), `/v1/checkout/sessions/${id}/line_items`);
  if (obj.object === "invoice" && field === "payments") {
    return list(engine.all(engine.store.state.invoicePayments, (x) => x.invoice === id), `/v1/invoice_payments`);
  }
  if (obj.object === "charge" && field === "refunds") return list(engine.all(engine.store.state.refunds, (r) => r.charge === id), `/v1/charges/${id}/refunds`);
  return undefined;
}

function expandPath(engine: Engine, value: unknown, segments: string[], full: string): unknown {
  if (segments.length === 0 || value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((v) => expandPath(engine, v, segments, full));
  if (typeof value !== "object") throw invalidRequest(`This property cannot be expanded (${full}).`, { param: "expand" });
  const obj = value as Json;
  const [head, ...rest] = segments as [string, ...string[]];
  let child = obj[head];
  if (child === undefined) child = include(engine, obj, head);
  if (child === undefined) throw invalidRequest(`This property cannot be expanded (${full}).`, { param: "expand" });
  if (typeof child === "string") {
    const target = engine.store.lookup(child);
    if (!target) {
      // Ids of objects we do not model (a transfer's destination payment `py_…`) stay ids;
      // plain strings (urls, statuses) are not expandable.
      if (rest.length > 0 || !/^[a-z]+_[A-Za-z0-9]+$/.test(child)) throw invalidRequest(`This property cannot be expanded (${full}).`, { param: "expand" });
      return obj;
    }
    child = deepClone(target);
  }
  obj[head] = expandPath(engine, child, rest, full);
  return obj;
}

export function render(engine: Engine, result: unknown, expand: string[]): unknown {
  const out = deepClone(result);
  for (const path of expand) {
    const segments = path.split(".");
    const depth = segments.filter((s) => s !== "data").length;
    if (depth > 4) throw invalidRequest(`You cannot expand more than 4 levels of a property. Property: ${path}`, { param: "expand" });
    expandPath(engine, out, segments, path);
  }
  return out;
}

function createdMatches(p: Params, created: number | undefined): boolean {
  if (!p.has("created") || created === undefined) return true;
  const exact = p.data.created;
  if (typeof exact === "string") return created === p.int("created");
  const range = p.obj("created");
  if (!range) return true;
  const gt = range.int("gt");
  const gte = range.int("gte");
  const lt = range.int("lt");
  const lte = range.int("lte");
  return (gt === undefined || created > gt) && (gte === undefined || created >= gte) && (lt === undefined || created < lt) && (lte === undefined || created <= lte);
}

/** One page of `items` (already newest first), as `{ object: "list", data, has_more, url }`. */
export function paginate<T extends { id?: string; created?: number }>(items: T[], p: Params, url: string, kind: string): ApiList<T> {
  const limit = p.int("limit") ?? 10;
  if (limit < 1 || limit > 100) throw invalidParam("limit", "Invalid integer: limit must be between 1 and 100", "parameter_invalid_integer");
  const filtered = items.filter((item) => createdMatches(p, item.created));
  const after = p.str("starting_after");
  const before = p.str("ending_before");
  let page: T[];
  let hasMore: boolean;
  if (after) {
    const i = filtered.findIndex((x) => x.id === after);
    if (i < 0) throw noSuch(kind, after, "starting_after");
    page = filtered.slice(i + 1, i + 1 + limit);
    hasMore = filtered.length > i + 1 + limit;
  } else if (before) {
    const i = filtered.findIndex((x) => x.id === before);
    if (i < 0) throw noSuch(kind, before, "ending_before");
    page = filtered.slice(Math.max(0, i - limit), i);
    hasMore = i - limit > 0;
  } else {
    page = filtered.slice(0, limit);
    hasMore = filtered.length > limit;
  }
  return { object: "list", data: page, has_more: hasMore, url };
}
