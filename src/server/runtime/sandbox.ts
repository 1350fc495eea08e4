import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import {
  RELEASE_SYNC,
  newQuickJSWASMModuleFromVariant,
  newVariant,
  type QuickJSContext,
  type QuickJSDeferredPromise,
  type QuickJSHandle,
  type QuickJSRuntime,
  type QuickJSWASMModule,
} from "quickjs-emscripten";
import { HOOK_LIMITS, parseByteSize } from "../publishing/manifest/manifest.schema";

/**
 * The sandbox that runs module code (DESIGN.md "Module runtime"). A hook is an ES module whose
 * default export is called as `hook(ctx, ...args)` inside QuickJS compiled to WebAssembly. It sees
 * the language and `ctx` — nothing of the host: no `process`, `require`, `fetch`, timers or
 * imports. Values cross the boundary as JSON, in both directions.
 *
 * Every run gets its own WebAssembly instance, runtime and context, all thrown away afterwards.
 * The instance matters: QuickJS's own memory limit does not count every allocation (a hook under a
 * 4 MiB limit could keep 600 MiB of ArrayBuffers), and a shared WebAssembly memory never shrinks.
 * So each instance gets a WebAssembly.Memory whose maximum is a hard ceiling, and nothing one run
 * does (fill the heap, abort the engine, leak a handle) can reach another run. The compiled
 * WebAssembly module is shared, so an instance costs a few milliseconds.
 */

export type THookLogLevel = "debug" | "info" | "warn" | "error";
/** A function the host lends the hook. Arguments arrive JSON-cloned; a returned promise is awaited. */
export type THostFunction = (...args: unknown[]) => unknown;
/** Host functions, possibly in namespaces: `{ db: { query }, emit }` gives `ctx.db.query` and `ctx.emit`. */
export type THookApi = { [name: string]: THostFunction | THookApi };

export type THookHost = {
  /** Called for every log line the hook writes (after the per-run caps below). */
  log: (level: THookLogLevel, message: string, data?: unknown) => void;
  /** The tenant's configuration of the module, as `ctx.config`. */
  config: Record<string, unknown>;
  /** Mounted on `ctx` beside `log` and `config` (those two names are reserved). */
  api?: THookApi;
};

/**
 * `timeoutMs` is the hook's own running time; time spent waiting for host calls (a database query)
 * does not count against it but against `hostWaitMs` (default HOST_WAIT_DEFAULT_MS), so a slow
 * host under load never fails a well-behaved hook, and a host call that never returns still ends.
 */
export type THookLimits = { memoryBytes: number; timeoutMs: number; hostWaitMs?: number };
export type THookLog = { level: THookLogLevel; message: string; data?: unknown };
export type THookErrorKind = "timeout" | "memory" | "error" | "invalid";
export type THookError = { kind: THookErrorKind; message: string; stack?: string };
export type THookResult = { ok: true; value: unknown; logs: THookLog[] } | { ok: false; error: THookError; logs: THookLog[] };

export type TRunHookInput = {
  /** The hook file's source, an ES module. */
  code: string;
  /** Shown in stack traces and messages, e.g. `hooks/post-install.js`. */
  filename: string;
  /** Passed after `ctx`; must be JSON values. */
  args: unknown[];
  host: THookHost;
  limits: THookLimits;
};

/** Used when the manifest's `[module.resources]` leaves a limit out. */
export const HOOK_DEFAULTS = { memoryBytes: 64 * 1024 * 1024, timeoutMs: 1000 } as const;

/** How long a run may spend waiting for host calls in total, unless the caller says otherwise. */
export const HOST_WAIT_DEFAULT_MS = 10_000;
/** The engine itself needs about half a megabyte; a smaller limit would fail every hook. */
export const MIN_HOOK_MEMORY_BYTES = 1024 * 1024;
/** Caps on what one run may log, so a chatty hook cannot fill the host's memory. */
export const HOOK_LOG_LIMITS = { entries: 100, messageChars: 2000, dataChars: 10_000 } as const;

/** QuickJS's stack limit; well inside Node's own stack, which the WebAssembly frames also use. */
const STACK_BYTES = 256 * 1024;
const WASM_PAGE_BYTES = 64 * 1024;
/** The release build's initial memory (Emscripten's INITIAL_MEMORY): static data, stack, first heap. */
const WASM_BASE_BYTES = 16 * 1024 * 1024;
const RESERVED_CTX_NAMES = new Set(["log", "config"]);

type TManifestResources = { max_memory?: string; timeout_ms?: number } | undefined;

/**
 * The limits a hook runs with: the manifest's `[module.resources]` where given, the platform's
 * defaults otherwise, never above the platform's ceilings (`HOOK_LIMITS`).
 */
export function hookLimitsFor(resources: TManifestResources): THookLimits {
  const askedMemory = resources?.max_memory === undefined ? null : parseByteSize(resources.max_memory);
  const memoryBytes = clamp(askedMemory ?? HOOK_DEFAULTS.memoryBytes, MIN_HOOK_MEMORY_BYTES, HOOK_LIMITS.maxMemoryBytes);
  const timeoutMs = clamp(resources?.timeout_ms ?? HOOK_DEFAULTS.timeoutMs, HOOK_LIMITS.minTimeoutMs, HOOK_LIMITS.maxTimeoutMs);
  return { memoryBytes, timeoutMs };
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(v)));

let compiledWasm: Promise<WebAssembly.Module | undefined> | undefined;

/**
 * Compiles QuickJS's WebAssembly once per process. Found through quickjs-emscripten's own
 * dependency; if that fails (an unusual bundle), each instance loads the file itself, only slower.
 */
function loadCompiledWasm(): Promise<WebAssembly.Module | undefined> {
  compiledWasm ??= (async () => {
    try {
      const fromQuickJs = createRequire(createRequire(import.meta.url).resolve("quickjs-emscripten"));
      const file = fromQuickJs.resolve("@jitl/quickjs-wasmfile-release-sync/wasm");
      return await WebAssembly.compile(await readFile(file));
    } catch {
      return undefined;
    }
  })();
  return compiledWasm;
}

async function newEngine(memoryBytes: number): Promise<{ engine: QuickJSWASMModule; memory: WebAssembly.Memory }> {
  // A hook may use its limit; the engine's own structures and allocator slack get a quarter more.
  const maximumBytes = WASM_BASE_BYTES + Math.ceil(memoryBytes * 1.25);
  const memory = new WebAssembly.Memory({ initial: WASM_BASE_BYTES / WASM_PAGE_BYTES, maximum: Math.ceil(maximumBytes / WASM_PAGE_BYTES) });
  const wasmModule = await loadCompiledWasm();
  const variant = newVariant(RELEASE_SYNC, wasmModule ? { wasmModule, wasmMemory: memory } : { wasmMemory: memory });
  return { engine: await newQuickJSWASMModuleFromVariant(variant), memory };
}

/**
 * Runs a hook's default export as `hook(ctx, ...args)` and returns its JSON-cloned result.
 *
 * - `limits.timeoutMs` covers loading the module, the call and its promise jobs; it starts once the
 *   sandbox is ready. Waiting for host calls is not counted there but against `limits.hostWaitMs`.
 *   Past either, the engine is interrupted: `timeout`.
 * - `limits.memoryBytes` caps the engine's heap: `memory` when exceeded.
 * - A thrown error or rejected promise: `error`, with the message and the hook's first stack frame.
 * - No default export function, an import, a syntax error, or a result that is not JSON: `invalid`.
 * - The run ends when the hook's promise has settled and every host call it started has settled
 *   too, so no host work outlives it unobserved.
 */
export async function runHook(input: TRunHookInput): Promise<THookResult> {
  const logs: THookLog[] = [];
  const problem = inputProblem(input);
  if (problem) return { ok: false, error: { kind: "invalid", message: problem }, logs };
  const limits = {
    memoryBytes: Math.min(input.limits.memoryBytes, HOOK_LIMITS.maxMemoryBytes),
    timeoutMs: Math.min(input.limits.timeoutMs, HOOK_LIMITS.maxTimeoutMs),
    hostWaitMs: input.limits.hostWaitMs ?? HOST_WAIT_DEFAULT_MS,
  };
  const { engine, memory } = await newEngine(limits.memoryBytes);
  const run = new HookRun(engine, memory, input, limits, logs);
  try {
    return await run.execute();
  } finally {
    run.dispose();
  }
}

function inputProblem(input: TRunHookInput): string | null {
  const { memoryBytes, timeoutMs } = input.limits;
  if (!Number.isFinite(memoryBytes) || memoryBytes <= 0) return `memory limit must be a positive number of bytes, not ${memoryBytes}`;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) return `time limit must be a positive number of milliseconds, not ${timeoutMs}`;
  for (const name of Object.keys(input.host.api ?? {})) {
    if (RESERVED_CTX_NAMES.has(name)) return `the host API cannot be called "${name}": ctx.${name} is reserved`;
  }
  try {
    JSON.stringify(input.host.config);
    JSON.stringify(input.args);
  } catch (e) {
    return `the hook's config and arguments must be JSON values: ${errorText(e)}`;
  }
  return null;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  (typeof v === "object" || typeof v === "function") && v !== null && typeof (v as { then?: unknown }).then === "function";

/** An exception raised inside the engine while the host was converting a value. */
class GuestException extends Error {
  constructor(readonly handle: QuickJSHandle) {
    super("exception inside the sandbox");
  }
}

type TGuestError = { name?: string; message?: string; stack?: string; raw?: unknown };
type TFailure = { ok: false; error: THookError; logs: THookLog[] };

/** One hook call: owns the runtime and context and every handle it makes, until `dispose`. */
class HookRun {
  private readonly runtime: QuickJSRuntime;
  private readonly vm: QuickJSContext;
  /** Long-lived handles, disposed (in reverse) with the run. */
  private readonly handles: QuickJSHandle[] = [];
  /** Guest promises standing for host calls that have not settled yet. */
  private readonly pending = new Set<QuickJSDeferredPromise>();
  private readonly jsonParse: QuickJSHandle;
  private readonly jsonStringify: QuickJSHandle;
  private deadline = Number.POSITIVE_INFINITY;
  /** Time spent waiting for host calls so far; it moves the deadline and has its own cap. */
  private hostWaitedMs = 0;
  private isInterrupted = false;
  private isClosed = false;
  private refusedImport: string | null = null;
  /** A failure inside a host-promise callback, raised in the run's own loop. */
  private fatal: unknown = null;
  private wake: (() => void) | undefined;
  private droppedLogs = 0;

  constructor(
    engine: QuickJSWASMModule,
    private readonly memory: WebAssembly.Memory,
    private readonly input: TRunHookInput,
    private readonly limits: THookLimits,
    private readonly logs: THookLog[],
  ) {
    this.runtime = engine.newRuntime();
    this.runtime.setMemoryLimit(limits.memoryBytes);
    this.runtime.setMaxStackSize(STACK_BYTES);
    this.runtime.setInterruptHandler(() => {
      if (Date.now() < this.deadline) return false;
      this.isInterrupted = true;
      return true;
    });
    this.runtime.setModuleLoader(
      (name) => {
        this.refusedImport = name;
        return { error: new Error(`hooks cannot import other modules (tried "${name}"); everything a hook needs comes through ctx`) };
      },
      // Keep the name as written, so the message shows what the author typed.
      (_base, requested) => requested,
    );
    this.vm = this.runtime.newContext();

    // Captured before any hook code runs, so a hook cannot swap them under the host.
    const json = this.track(this.vm.getProp(this.vm.global, "JSON"));
    this.jsonParse = this.track(this.vm.getProp(json, "parse"));
    this.jsonStringify = this.track(this.vm.getProp(json, "stringify"));
  }

  async execute(): Promise<THookResult> {
    try {
      const ctx = this.buildCtx();
      this.installConsole();
      const args = [ctx, ...this.input.args.map((a) => this.track(this.toGuest(a)))];

      this.deadline = Date.now() + this.limits.timeoutMs;
      const loaded = this.vm.evalCode(this.input.code, this.input.filename, { type: "module" });
      if (loaded.error) return this.failure(this.track(loaded.error), "load");
      // Module evaluation gives the namespace, or a promise of it when the module awaits at top level.
      const namespace = await this.settle(this.track(loaded.value), "load");
      if (!namespace.ok) return namespace;

      const hook = this.track(this.vm.getProp(namespace.handle, "default"));
      if (this.vm.typeof(hook) !== "function") {
        const what = this.vm.typeof(hook) === "undefined" ? "has no default export" : "does not export a function as default";
        return this.invalid(`${this.input.filename} ${what}; export the hook as \`export default function (ctx, …) { … }\``);
      }

      const called = this.vm.callFunction(hook, this.vm.undefined, args);
      if (called.error) return this.failure(this.track(called.error), "call");
      const settled = await this.settle(this.track(called.value), "call");
      if (!settled.ok) return settled;

      const value = this.resultValue(settled.handle);
      if (!value.ok) return value;
      // Host calls the hook started without awaiting still count as part of the run.
      const drained = await this.pumpUntil(() => this.pending.size === 0 && !this.runtime.hasPendingJob(), "call");
      if (drained) return drained;
      return { ok: true, value: value.value, logs: this.logs };
    } catch (e) {
      if (e instanceof GuestException) return this.failure(this.track(e.handle), "call");
      return this.crashed(e);
    }
  }

  dispose(): void {
    this.isClosed = true;
    this.wake?.();
    // The instance is private to this run and unreferenced afterwards, so a cleanup that fails
    // (an engine that aborted) cannot affect later runs; the garbage collector takes the rest.
    try {
      for (const deferred of this.pending) deferred.dispose();
      this.pending.clear();
      for (const handle of this.handles.reverse()) if (handle.alive) handle.dispose();
      this.vm.dispose();
      this.runtime.dispose();
    } catch {
      // see above
    }
  }

  // ----- ctx ---------------------------------------------------------------------------------

  private buildCtx(): QuickJSHandle {
    const vm = this.vm;
    const ctx = this.track(vm.newObject());
    const log = this.track(vm.newObject());
    for (const level of ["debug", "info", "warn", "error"] as const) {
      const fn = vm.newFunction(level, (message, data) => {
        this.record(level, message === undefined ? "" : this.text(message), data === undefined ? undefined : this.logData(data));
      });
      vm.setProp(log, level, fn);
      fn.dispose();
    }
    vm.setProp(ctx, "log", log);
    const config = this.toGuest(this.input.host.config);
    vm.setProp(ctx, "config", config);
    config.dispose();
    this.mountApi(ctx, this.input.host.api ?? {}, "");
    return ctx;
  }

  private mountApi(target: QuickJSHandle, api: THookApi, prefix: string): void {
    for (const [name, member] of Object.entries(api)) {
      const path = prefix + name;
      if (typeof member === "function") {
        const fn = this.vm.newFunction(name, (...argHandles) => this.callHost(path, member, argHandles));
        this.vm.setProp(target, name, fn);
        fn.dispose();
      } else {
        const namespace = this.vm.newObject();
        this.mountApi(namespace, member, `${path}.`);
        this.vm.setProp(target, name, namespace);
        namespace.dispose();
      }
    }
  }

  /** `console.*` writes to the same log as `ctx.log`, so habits from other runtimes still work. */
  private installConsole(): void {
    const vm = this.vm;
    const consoleObject = vm.newObject();
    const levels: [string, THookLogLevel][] = [["log", "info"], ["info", "info"], ["debug", "debug"], ["warn", "warn"], ["error", "error"]];
    for (const [name, level] of levels) {
      const fn = vm.newFunction(name, (...parts) => {
        this.record(level, parts.map((p) => this.text(p)).join(" "));
      });
      vm.setProp(consoleObject, name, fn);
      fn.dispose();
    }
    vm.setProp(vm.global, "console", consoleObject);
    consoleObject.dispose();
  }

  private record(level: THookLogLevel, message: string, data?: unknown): void {
    if (this.logs.length >= HOOK_LOG_LIMITS.entries) {
      this.droppedLogs += 1;
      if (this.droppedLogs === 1) this.logs.push({ level: "warn", message: `log limit of ${HOOK_LOG_LIMITS.entries} lines reached; later lines dropped` });
      return;
    }
    const entry: THookLog = { level, message: message.length > HOOK_LOG_LIMITS.messageChars ? `${message.slice(0, HOOK_LOG_LIMITS.messageChars)}…` : message };
    if (data !== undefined) entry.data = data;
    this.logs.push(entry);
    this.input.host.log(level, entry.message, entry.data);
  }

  /** A log argument as text: strings as they are, anything else as JSON (or its string form). */
  private text(handle: QuickJSHandle): string {
    if (this.vm.typeof(handle) === "string") return this.vm.getString(handle);
    const json = this.jsonOrNull(handle);
    if (json !== null && json.text !== undefined) return json.text;
    return String(this.vm.dump(handle));
  }

  private logData(handle: QuickJSHandle): unknown {
    const json = this.jsonOrNull(handle);
    if (json === null) return "[not JSON]";
    if (json.text === undefined) return undefined;
    if (json.text.length > HOOK_LOG_LIMITS.dataChars) return `[${json.text.length} characters of data omitted]`;
    return JSON.parse(json.text) as unknown;
  }

  private callHost(path: string, fn: THostFunction, argHandles: QuickJSHandle[]): QuickJSHandle {
    const args = argHandles.map((h, i) => {
      const json = this.jsonOrNull(h);
      if (json === null) throw new TypeError(`argument ${i + 1} of ctx.${path} is not a JSON value`);
      return json.text === undefined ? undefined : (JSON.parse(json.text) as unknown);
    });
    let result: unknown;
    try {
      result = fn(...args);
    } catch (e) {
      // Only the name and message cross: the host's stack stays on the host.
      throw this.plainError(e);
    }
    if (!isThenable(result)) {
      try {
        return this.toGuest(result);
      } catch (e) {
        // Rethrown inside the engine as it is (an out-of-memory error stays one).
        if (e instanceof GuestException) throw e.handle;
        throw new TypeError(`ctx.${path} returned a value that is not JSON`);
      }
    }
    const deferred = this.vm.newPromise();
    this.pending.add(deferred);
    void Promise.resolve(result).then(
      (value) => this.settleHostCall(deferred, path, { ok: true, value }),
      (error: unknown) => this.settleHostCall(deferred, path, { ok: false, error }),
    );
    return deferred.handle;
  }

  private settleHostCall(deferred: QuickJSDeferredPromise, path: string, outcome: { ok: true; value: unknown } | { ok: false; error: unknown }): void {
    if (!this.pending.delete(deferred) || this.isClosed) return;
    try {
      let handle: QuickJSHandle;
      let isFulfilled = outcome.ok;
      try {
        handle = outcome.ok ? this.toGuest(outcome.value) : this.vm.newError(this.plainError(outcome.error));
      } catch (e) {
        isFulfilled = false;
        handle = e instanceof GuestException ? e.handle : this.vm.newError({ name: "TypeError", message: `ctx.${path} returned a value that is not JSON` });
      }
      try {
        if (isFulfilled) deferred.resolve(handle);
        else deferred.reject(handle);
      } finally {
        handle.dispose();
      }
    } catch (e) {
      this.fatal ??= e;
    }
    this.wake?.();
  }

  private plainError(e: unknown): { name: string; message: string } {
    return e instanceof Error ? { name: e.name, message: e.message } : { name: "Error", message: String(e) };
  }

  // ----- values ------------------------------------------------------------------------------

  /** A host value inside the engine, as an owned handle (JSON semantics: `undefined` stays undefined). */
  private toGuest(value: unknown): QuickJSHandle {
    const json = value === undefined ? undefined : JSON.stringify(value);
    if (json === undefined) return this.vm.undefined;
    const text = this.vm.newString(json);
    try {
      const parsed = this.vm.callFunction(this.jsonParse, this.vm.undefined, text);
      if (parsed.error) throw new GuestException(parsed.error);
      return parsed.value;
    } finally {
      text.dispose();
    }
  }

  /** `JSON.stringify` inside the engine: `text` is undefined for undefined, functions and symbols. */
  private guestJson(handle: QuickJSHandle): { ok: true; text: string | undefined } | { ok: false; error: QuickJSHandle } {
    if (this.vm.typeof(handle) === "undefined") return { ok: true, text: undefined };
    const result = this.vm.callFunction(this.jsonStringify, this.vm.undefined, handle);
    if (result.error) return { ok: false, error: result.error };
    const text = result.value.consume((h) => (this.vm.typeof(h) === "string" ? this.vm.getString(h) : undefined));
    return { ok: true, text };
  }

  /** Like `guestJson`, for callers that only need to know the value is not JSON. */
  private jsonOrNull(handle: QuickJSHandle): { text: string | undefined } | null {
    const json = this.guestJson(handle);
    if (json.ok) return { text: json.text };
    json.error.dispose();
    return null;
  }

  private resultValue(handle: QuickJSHandle): { ok: true; value: unknown } | TFailure {
    const json = this.guestJson(handle);
    if (!json.ok) {
      const error = this.track(json.error);
      const failed = this.failure(error, "call");
      if (failed.error.kind !== "error") return failed;
      return this.invalid(`the hook returned a value that cannot be sent as JSON (${failed.error.message.split("\n")[0]})`);
    }
    if (json.text === undefined && this.vm.typeof(handle) !== "undefined") {
      return this.invalid(`the hook returned a ${this.vm.typeof(handle)}, which cannot be sent as JSON`);
    }
    return { ok: true, value: json.text === undefined ? undefined : (JSON.parse(json.text) as unknown) };
  }

  // ----- running -----------------------------------------------------------------------------

  /** Waits for a guest value to settle if it is a promise, running jobs and host calls meanwhile. */
  private async settle(promise: QuickJSHandle, phase: "load" | "call"): Promise<{ ok: true; handle: QuickJSHandle } | TFailure> {
    const initial = this.vm.getPromiseState(promise);
    // Not a promise: the value itself (owned by the caller; a thenable object counts as a value).
    if (initial.type === "fulfilled" && initial.notAPromise) return { ok: true, handle: promise };
    if (initial.type === "fulfilled") initial.value.dispose();
    if (initial.type === "rejected") initial.error.dispose();
    const stuck = await this.pumpUntil(() => this.promiseState(promise) !== "pending", phase);
    if (stuck) return stuck;
    const state = this.vm.getPromiseState(promise);
    if (state.type === "fulfilled") return { ok: true, handle: this.track(state.value) };
    if (state.type === "rejected") return this.failure(this.track(state.error), phase);
    return this.failed("error", "the hook's promise is still pending");
  }

  private promiseState(promise: QuickJSHandle): "pending" | "fulfilled" | "rejected" {
    const state = this.vm.getPromiseState(promise);
    if (state.type === "fulfilled" && !state.notAPromise) state.value.dispose();
    if (state.type === "rejected") state.error.dispose();
    return state.type;
  }

  /** Runs pending jobs, and waits for host calls, until `isDone` or the deadline. */
  private async pumpUntil(isDone: () => boolean, phase: "load" | "call"): Promise<TFailure | null> {
    for (;;) {
      const jobs = this.runtime.executePendingJobs();
      if (jobs.error) return this.failure(this.track(jobs.error), phase);
      if (this.fatal) throw this.fatal;
      if (isDone()) return null;
      if (this.runtime.hasPendingJob()) continue;
      if (this.pending.size === 0) {
        return this.failed("error", "the hook's promise never settles: it waits for something that nothing will resolve");
      }
      if (Date.now() >= this.deadline) return this.timedOut();
      const hostWaitMs = this.limits.hostWaitMs ?? HOST_WAIT_DEFAULT_MS;
      const started = Date.now();
      await this.waitForHost(hostWaitMs - this.hostWaitedMs);
      const waited = Date.now() - started;
      this.hostWaitedMs += waited;
      this.deadline += waited;
      if (this.hostWaitedMs >= hostWaitMs && this.pending.size > 0 && !this.runtime.hasPendingJob()) return this.timedOut();
    }
  }

  /** Resolves when a host call settles, or after `budgetMs`. */
  private waitForHost(budgetMs: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, budgetMs) + 1);
      this.wake = done;
    });
  }

  // ----- outcomes ----------------------------------------------------------------------------

  private failure(errorHandle: QuickJSHandle, phase: "load" | "call"): TFailure {
    if (this.isInterrupted) return this.timedOut();
    const error = this.describe(errorHandle);
    const message = error.message ?? "";
    if (error.name === "InternalError" && message === "out of memory") return this.outOfMemory();
    if (this.refusedImport !== null && message.startsWith("hooks cannot import")) return this.invalid(message);
    if (phase === "load" && error.name === "SyntaxError") {
      return this.invalid(`${this.input.filename} is not valid JavaScript: ${message}${firstFrame(error.stack)}`);
    }
    if (error.name === undefined && error.message === undefined) {
      return this.failed("error", `the hook threw ${error.raw === undefined ? "undefined" : JSON.stringify(error.raw)}`);
    }
    const text = `${error.name ?? "Error"}: ${message}${firstFrame(error.stack)}`;
    return this.failed("error", text, error.stack);
  }

  /** The thrown value's name, message and stack, read as carefully as the engine's state allows. */
  private describe(errorHandle: QuickJSHandle): TGuestError {
    // Room to read the error even when the heap is full: the WebAssembly ceiling still holds.
    this.runtime.setMemoryLimit(this.limits.memoryBytes + MIN_HOOK_MEMORY_BYTES);
    try {
      const dumped: unknown = this.vm.dump(errorHandle);
      if (typeof dumped === "object" && dumped !== null && ("message" in dumped || "name" in dumped)) {
        const d = dumped as Record<string, unknown>;
        return {
          name: typeof d.name === "string" ? d.name : undefined,
          message: typeof d.message === "string" ? d.message : undefined,
          stack: typeof d.stack === "string" ? d.stack : undefined,
        };
      }
      // QuickJS throws null when it cannot even allocate its out-of-memory error (the usual end
      // of an allocation bomb: the heap is full to the last bytes). By the time the host sees it
      // the hook's frames are gone and the heap is empty again, so nothing tells this apart from
      // a hook that wrote `throw null`; that rare hook is reported as out of memory too.
      if (dumped === null) return { name: "InternalError", message: "out of memory" };
      return { raw: dumped };
    } catch {
      return this.isNearCeiling() ? { name: "InternalError", message: "out of memory" } : { raw: "an error the sandbox could not read" };
    }
  }

  private isNearCeiling(): boolean {
    const max = WASM_BASE_BYTES + Math.ceil(this.limits.memoryBytes * 1.25);
    return this.memory.buffer.byteLength + 4 * WASM_PAGE_BYTES >= max;
  }

  /** A host-side exception out of the engine (an abort, a broken instance). */
  private crashed(e: unknown): TFailure {
    if (this.isInterrupted) return this.timedOut();
    if (this.isNearCeiling()) return this.outOfMemory();
    return this.failed("error", `the sandbox failed while running the hook: ${errorText(e)}`);
  }

  private timedOut(): TFailure {
    if (this.hostWaitedMs >= (this.limits.hostWaitMs ?? HOST_WAIT_DEFAULT_MS)) {
      return this.failed("timeout", `${this.input.filename} waited for the platform for more than ${this.limits.hostWaitMs ?? HOST_WAIT_DEFAULT_MS} ms`);
    }
    return this.failed("timeout", `${this.input.filename} did not finish within ${this.limits.timeoutMs} ms`);
  }

  private outOfMemory(): TFailure {
    return this.failed("memory", `${this.input.filename} ran out of memory (limit ${formatBytes(this.limits.memoryBytes)})`);
  }

  private invalid(message: string): TFailure {
    return this.failed("invalid", message);
  }

  private failed(kind: THookErrorKind, message: string, stack?: string): TFailure {
    return { ok: false, error: stack ? { kind, message, stack } : { kind, message }, logs: this.logs };
  }

  private track(handle: QuickJSHandle): QuickJSHandle {
    this.handles.push(handle);
    return handle;
  }
}

/** `"\n    at f (hooks/x.js:3:9)"` from a QuickJS stack, or nothing. */
function firstFrame(stack: string | undefined): string {
  const line = stack?.split("\n").find((l) => l.trim().startsWith("at "));
  return line ? `\n    ${line.trim()}` : "";
}

function formatBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MiB` : `${bytes} bytes`;
}
