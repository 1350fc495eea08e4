/**
 * The HTTP protocol between an Inngest executor and an SDK serve handler, as the local executor
 * speaks it (verified against inngest 4.24.0: components/InngestCommHandler.js and
 * components/execution/engine.js). Pure functions: building the request, signing it, reading the
 * response. The executor itself (local-executor.ts) decides what to persist.
 */
import crypto from "node:crypto";

/** A memoised step result, as the SDK expects it in the request's `steps` map. */
export type TStepMemo = { type: "data"; data: unknown } | { type: "error"; error: unknown };

/** The event a run was started by, in the shape Inngest hands to functions. */
export type TRunEvent = { id: string; name: string; data: unknown; ts: number };

export type TRunState = {
  runId: string;
  event: TRunEvent;
  steps: Record<string, TStepMemo>;
  /** Hashed step ids in completion order. */
  stack: string[];
  /** Zero-based attempt of the current step (or of the function code outside steps). */
  attempt: number;
  /** Attempts allowed per step: the function's `retries` + 1. */
  maxAttempts: number;
};

/** One op of a 206 response (`OutgoingOp` in the SDK). */
export type TOutgoingOp = {
  id: string;
  op: string;
  name?: string;
  displayName?: string;
  data?: unknown;
  error?: unknown;
  opts?: Record<string, unknown>;
};

/** What one call of the serve handler came back with. */
export type THandlerOutcome =
  | { kind: "complete"; output: unknown }
  | { kind: "ops"; ops: TOutgoingOp[]; retryAfter: string | null }
  | { kind: "error"; error: unknown; isRetriable: boolean; retryAfter: string | null };

/** Op codes of inngest's StepOpCode enum that the local executor handles. */
export const OP = {
  StepRun: "StepRun",
  StepError: "StepError",
  StepFailed: "StepFailed",
  StepPlanned: "StepPlanned",
  Sleep: "Sleep",
  RunComplete: "RunComplete",
} as const;

/** Step ids are sha1 hex of the user's id, as in the SDK (`hashId`). */
export const hashStepId = (id: string): string => crypto.createHash("sha1").update(id).digest("hex");

/**
 * The SDK reports a function-level result through a pseudo step with this id when it ships lazy
 * ops alongside (engine.js `RUN_COMPLETE_STEP_ID`): StepError/StepFailed with it are function errors.
 */
export const RUN_COMPLETE_OP_ID = hashStepId("complete");

/** The request that runs (part of) a function: the SDK replays memoised steps and runs the next one. */
export function buildRequest(opts: {
  baseUrl: string;
  fnId: string;
  /** `"step"` to discover and run the next step, or a hashed step id that was planned. */
  stepId: string;
  state: TRunState;
  signingKey: string | null;
  now?: Date;
}): Request {
  const { state } = opts;
  const url = new URL(opts.baseUrl);
  url.searchParams.set("fnId", opts.fnId);
  url.searchParams.set("stepId", opts.stepId);
  const payload = {
    event: state.event,
    events: [state.event],
    steps: state.steps,
    ctx: {
      run_id: state.runId,
      attempt: state.attempt,
      max_attempts: state.maxAttempts,
      disable_immediate_execution: false,
      use_api: false,
      stack: { stack: state.stack, current: state.stack.length },
    },
    version: 2,
  };
  // The SDK verifies the signature over the canonical JSON of the parsed body; sending the canonical
  // form itself makes the signed bytes and the sent bytes the same.
  const body = canonicalJson(JSON.parse(JSON.stringify(payload)));
  // The web handler resolves the URL against the Host header and fails without one.
  const headers = new Headers({ host: url.host, "content-type": "application/json", "x-inngest-req-version": "2" });
  if (opts.signingKey) headers.set("x-inngest-signature", signBody(body, opts.signingKey, opts.now ?? new Date()));
  return new Request(url, { method: "POST", headers, body });
}

/** `t=<unix seconds>&s=<hex HMAC-SHA256(body + t)>`, keyed by the signing key without its `signkey-<env>-` prefix. */
export function signBody(body: string, signingKey: string, now: Date): string {
  const t = Math.round(now.getTime() / 1000).toString();
  const key = signingKey.replace(/^signkey-[\w]+-/, "");
  const s = crypto.createHmac("sha256", key).update(body + t).digest("hex");
  return `t=${t}&s=${s}`;
}

/** A signing key for the in-process handler when none is configured (never leaves the process). */
export const generateSigningKey = (): string => `signkey-local-${crypto.randomBytes(32).toString("hex")}`;

/**
 * JSON with object keys sorted, like the `canonicalize` package the SDK signs with (RFC 8785 for
 * JSON input: JSON.stringify for strings and numbers, no whitespace).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(",")}]`;
  const record = value as Record<string, unknown>;
  const entries = Object.keys(record)
    .sort()
    .filter((k) => record[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
  return `{${entries.join(",")}}`;
}

/** Reads the handler's response: 200 = the run's return value, 206 = ops, anything else = an error. */
export async function readResponse(res: Response): Promise<THandlerOutcome> {
  const text = await res.text();
  const body = parseJson(text);
  if (res.status === 200) return { kind: "complete", output: body };
  if (res.status === 206) {
    const ops = Array.isArray(body) ? body : [body];
    // A retriable step error may carry a RetryAfterError's delay.
    return { kind: "ops", ops: ops as TOutgoingOp[], retryAfter: res.headers.get("retry-after") };
  }
  return {
    kind: "error",
    error: body ?? { name: "Error", message: `serve handler answered ${res.status}` },
    isRetriable: res.headers.get("x-inngest-no-retry") !== "true",
    retryAfter: res.headers.get("retry-after"),
  };
}

function parseJson(text: string): unknown {
  if (text === "") return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { name: "Error", message: text };
  }
}

const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

/**
 * When a `Sleep` op (or a `retry-after` header) is due: the SDK sends either an ISO date
 * (`sleepUntil`, RetryAfterError with a Date) or a duration such as `"1d2h30m"` / `"10s"`; a bare
 * number is seconds (HTTP retry-after). Null when it cannot be read.
 */
export function dueAt(spec: string, now: Date): Date | null {
  const trimmed = spec.trim();
  if (trimmed === "") return now;
  if (/^\d+$/.test(trimmed)) return new Date(now.getTime() + Number(trimmed) * 1000);
  const duration = /^(?:\d+(?:w|d|h|ms|m|s))+$/.test(trimmed) ? [...trimmed.matchAll(/(\d+)(w|d|h|ms|m|s)/g)] : null;
  if (duration) return new Date(now.getTime() + duration.reduce((sum, [, n, unit]) => sum + Number(n) * (UNIT_MS[unit ?? "s"] ?? 0), 0));
  const date = new Date(trimmed);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A thrown value as stored JSON: `{ name, message, stack? }`, whatever was thrown or answered. */
export function toErrorJson(error: unknown): { name: string; message: string; stack?: string } {
  if (error instanceof Error) return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  if (error !== null && typeof error === "object") {
    const e = error as Record<string, unknown>;
    const message = typeof e.message === "string" ? e.message : typeof e.error === "string" ? e.error : JSON.stringify(error);
    return { name: typeof e.name === "string" ? e.name : "Error", message, ...(typeof e.stack === "string" ? { stack: e.stack } : {}) };
  }
  return { name: "Error", message: String(error) };
}
