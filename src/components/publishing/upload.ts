/**
 * Multipart uploads to the publishing REST API (same origin, so the session cookie signs them),
 * with upload progress from XMLHttpRequest (fetch can't report it).
 */

export type Problem = { path: string; message: string; line?: number; column?: number; file?: string };

export type UploadError = { status: number; code: string; message: string; problems: Problem[] };

export type UploadProgress = { loaded: number; total: number | null; phase: "sending" | "processing" };

export type UploadHandle<T> = { promise: Promise<{ ok: true; data: T } | { ok: false; error: UploadError }>; abort: () => void };

const STATUS_MESSAGES: Record<number, string> = {
  401: "Your session has ended. Sign in again, then upload the file again.",
  403: "You don't have permission to upload to this publisher.",
  404: "The upload service couldn't find this module, or isn't available yet. Reload the page and try again.",
  413: "The file is too large.",
};

function toProblem(value: unknown): Problem | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if (typeof v.message !== "string") return null;
  return {
    path: typeof v.path === "string" ? v.path : "",
    message: v.message,
    line: typeof v.line === "number" ? v.line : undefined,
    column: typeof v.column === "number" ? v.column : undefined,
    file: typeof v.file === "string" ? v.file : undefined,
  };
}

/** The API's `{ error: { code, message, problems? } }`, or a message in words for anything else. */
export function parseUploadError(status: number, body: unknown): UploadError {
  const error = body && typeof body === "object" && "error" in body ? body.error : null;
  if (error && typeof error === "object") {
    const e = error as Record<string, unknown>;
    const problems = Array.isArray(e.problems) ? e.problems.map(toProblem).filter((p): p is Problem => p !== null) : [];
    return {
      status,
      code: typeof e.code === "string" ? e.code : "ERROR",
      message: typeof e.message === "string" && e.message ? e.message : (STATUS_MESSAGES[status] ?? "The upload failed."),
      problems,
    };
  }
  if (status === 0) {
    return { status, code: "NETWORK", message: "The upload didn't reach the server. Check your connection and try again.", problems: [] };
  }
  return {
    status,
    code: "HTTP",
    message: STATUS_MESSAGES[status] ?? (status >= 500 ? "Something went wrong on our side. Please try again in a moment." : "The upload failed."),
    problems: [],
  };
}

const TIMEOUT_MS = 3 * 60 * 1000;

export function uploadForm<T>(url: string, form: FormData, onProgress?: (p: UploadProgress) => void): UploadHandle<T> {
  const xhr = new XMLHttpRequest();
  let aborted = false;
  const promise = new Promise<{ ok: true; data: T } | { ok: false; error: UploadError }>((resolve) => {
    xhr.open("POST", url);
    xhr.timeout = TIMEOUT_MS;
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => onProgress?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : null, phase: "sending" });
    xhr.upload.onload = () => onProgress?.({ loaded: 1, total: 1, phase: "processing" });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body !== null) resolve({ ok: true, data: body as T });
      else resolve({ ok: false, error: parseUploadError(xhr.status, body) });
    };
    xhr.onerror = () => resolve({ ok: false, error: parseUploadError(0, null) });
    xhr.ontimeout = () =>
      resolve({
        ok: false,
        error: {
          status: 0,
          code: "TIMEOUT",
          message: "The server took too long to answer. Reload the page to see whether the upload went through, then try again if it didn't.",
          problems: [],
        },
      });
    xhr.onabort = () =>
      resolve({ ok: false, error: { status: 0, code: aborted ? "ABORTED" : "NETWORK", message: "The upload was cancelled.", problems: [] } });
    xhr.send(form);
  });
  return {
    promise,
    abort: () => {
      aborted = true;
      xhr.abort();
    },
  };
}

/**
 * `module.toml:14:15 — dependencies.membership: "^1.x" is not a valid range`; the path is left out
 * when it only repeats the file (`migrations/001_init.up.sql:4:1 — table "users" …`).
 */
export function formatProblemLine(p: Problem): string {
  const where = p.file ? `${p.file}${p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ""}` : ""}` : null;
  const what = p.path && p.path !== p.file ? `${p.path}: ${p.message}` : p.message;
  return where ? `${where} — ${what}` : what;
}

/** Problems grouped by the file they are in (in the order files first appear); unplaced ones under "Package". */
export function groupProblems(problems: Problem[]): { file: string; problems: Problem[] }[] {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = p.file ?? "";
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "" ? 1 : 0) - (b === "" ? 1 : 0))
    .map(([file, list]) => ({
      file: file || "Package",
      problems: [...list].sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER) || (a.column ?? 0) - (b.column ?? 0)),
    }));
}

export const formatMiB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
