import semver from "semver";
import {
  explainEmptyDomain,
  INSTALLED_BY,
  isCoreCompatible,
  meets,
  missingModuleError,
  REQUEST_BY,
  type TConstraint,
} from "./explain-failure";
import { isValidRange, isValidVersion, prepareCatalog, throwProblems, type TPreparedCatalog, type TPreparedModule, type TPreparedVersion } from "./prepare-catalog";
import type { TCatalog, TInstalled, TPlanStep, TResolveError, TResolveOptions, TResolveRequest, TResolveResult } from "./resolver.schemas";

/**
 * The dependency resolver: pure, synchronous, no I/O. See docs/resolver.md for the semantics.
 *
 * Search: backtracking over candidate versions (installed version first, then highest first), with
 * forward checking (every range is applied to the target's remaining candidates as soon as the
 * version asking for it is chosen, so a dead end shows at once), smallest-domain-first variable
 * choice, and conflict-directed backjumping (a failure jumps straight back to the most recent
 * choice that contributed to it, skipping choices that cannot help). It is complete: it only skips
 * choices proven irrelevant, so a solvable request is never reported unsolvable.
 */

type Var = {
  slug: string;
  module: TPreparedModule | undefined;
  installed: TPreparedVersion | undefined;
  /** Candidates in order of preference: the installed version, then usable versions highest first. */
  domain: TPreparedVersion[];
  constraints: TConstraint[];
  isOpen: boolean;
  openSeq: number;
  value: TPreparedVersion | undefined;
  /** Decision level of `value` (1-based); 0 while undecided. */
  level: number;
};

type Frame = { v: Var; idx: number; cs: Set<number>; mark: number; level: number };

type ConflictSet = Set<number>;

/** A learned "no good": these choices together admit no solution (so never try them together again). */
type Nogood = { vars: Var[]; values: TPreparedVersion[] };

const CORE_PROBLEM_PREFIX = "Invalid request";

function validateInputs(installed: TInstalled, request: TResolveRequest, options: TResolveOptions) {
  const problems: string[] = [];
  for (const [slug, version] of Object.entries(installed)) {
    if (!isValidVersion(version)) problems.push(`installed ${slug}: "${version}" is not a valid semver version`);
  }
  for (const item of request) {
    if (item.slug.trim() === "") problems.push("a requested module has an empty name");
    if (item.range !== undefined && !isValidRange(item.range)) problems.push(`${item.slug}: "${item.range}" is not a valid semver range`);
  }
  if (options.coreVersion !== undefined && !isValidVersion(options.coreVersion)) {
    problems.push(`core version "${options.coreVersion}" is not a valid semver version`);
  }
  throwProblems(CORE_PROBLEM_PREFIX, problems);
}

class Solver {
  private readonly vars = new Map<string, Var>();
  private readonly trail: (() => void)[] = [];
  private readonly open: Var[] = [];
  private readonly frames: Frame[] = [];
  private readonly lazyInstalled: Var[] = [];
  private readonly nogoods = new Map<TPreparedVersion, Nogood[]>();
  private openSeq = 0;
  private best: { error: TResolveError; rank: number } | undefined;

  constructor(
    private readonly catalog: TPreparedCatalog,
    private readonly installed: TInstalled,
    private readonly request: TResolveRequest,
    private readonly coreVersion: string | undefined,
  ) {}

  run(): TResolveResult {
    const rootError = this.init();
    if (rootError) return { ok: false, error: rootError };
    const solved = this.search();
    if (!solved) return { ok: false, error: this.best?.error ?? this.genericFailure() };
    return this.buildPlan();
  }

  // ---- variables and the undo trail ------------------------------------------------------------

  private getVar(slug: string): Var | undefined {
    const existing = this.vars.get(slug);
    if (existing) return existing;
    const module = this.catalog.modules.get(slug);
    const installedVersion = this.installed[slug];
    if (!module && installedVersion === undefined) return undefined;
    let installed: TPreparedVersion | undefined;
    if (installedVersion !== undefined) {
      // An installed version missing from the catalog is kept as it is; its dependencies are unknown.
      installed = module?.byVersion.get(installedVersion) ?? {
        version: installedVersion,
        semver: new semver.SemVer(installedVersion),
        dependencies: [],
        optionalDependencies: [],
        core: undefined,
        isYanked: false,
      };
    }
    // New choices are never yanked and always fit the tenant's core; the installed version may stay as it is.
    const usable = (module?.versions ?? []).filter((v) => v !== installed && !v.isYanked && isCoreCompatible(v, this.coreVersion));
    const domain = installed ? [installed, ...usable.filter((v) => semver.gt(v.semver, installed.semver))] : usable;
    const v: Var = { slug, module, installed, domain, constraints: [], isOpen: false, openSeq: 0, value: undefined, level: 0 };
    this.vars.set(slug, v);
    return v;
  }

  private undoTo(mark: number) {
    while (this.trail.length > mark) this.trail.pop()!();
  }

  private addConstraint(v: Var, c: TConstraint) {
    const before = v.domain;
    v.constraints.push(c);
    v.domain = before.filter((cand) => meets(c, cand, v.installed));
    this.trail.push(() => {
      v.constraints.pop();
      v.domain = before;
    });
  }

  private openVar(v: Var) {
    if (v.isOpen) return;
    v.isOpen = true;
    v.openSeq = this.openSeq++;
    this.open.push(v);
    this.trail.push(() => {
      v.isOpen = false;
      this.open.pop();
    });
  }

  private levelOf(owner: string | null): number {
    return owner === null ? 0 : (this.vars.get(owner)?.level ?? 0);
  }

  /** Decision levels of every constraint on `v`: the choices that shaped its candidates and made it needed. */
  private sourceLevels(v: Var): ConflictSet {
    const cs: ConflictSet = new Set();
    for (const c of v.constraints) {
      const level = this.levelOf(c.owner);
      if (level > 0) cs.add(level);
    }
    return cs;
  }

  /** Keep the explanation closest to the root: a failure that depends on fewer choices is the real reason. */
  private record(error: TResolveError, cs: ConflictSet, level: number) {
    const rank = Math.max(level, ...cs);
    if (!this.best || rank < this.best.rank) this.best = { error, rank };
  }

  private explain(v: Var, extra: TConstraint[] = []): TResolveError {
    return explainEmptyDomain({
      slug: v.slug,
      module: v.module,
      installed: v.installed,
      constraints: [...v.constraints, ...extra],
      coreVersion: this.coreVersion,
    });
  }

  // ---- setup -----------------------------------------------------------------------------------

  /** Every module a resolution could possibly touch: reachable from the request through any version's dependencies. */
  private reachable(): Set<string> {
    const seen = new Set<string>();
    const queue = this.request.map((r) => r.slug);
    while (queue.length > 0) {
      const slug = queue.pop()!;
      if (seen.has(slug)) continue;
      seen.add(slug);
      const v = this.getVar(slug);
      if (!v) continue;
      const versions = v.module?.versions ?? [];
      for (const version of v.installed && !v.module?.byVersion.has(v.installed.version) ? [...versions, v.installed] : versions) {
        for (const [t] of version.dependencies) if (!seen.has(t)) queue.push(t);
        for (const [t] of version.optionalDependencies) if (!seen.has(t)) queue.push(t);
      }
    }
    return seen;
  }

  private init(): TResolveError | undefined {
    for (const item of this.request) {
      const v = this.getVar(item.slug);
      if (!v) return missingModuleError(item.slug, REQUEST_BY);
      this.addConstraint(v, { owner: null, by: REQUEST_BY, range: item.range ?? null, isOptional: false });
      this.openVar(v);
    }
    // With nothing installed there is nothing to bind; skip the reachability walk.
    const reachable = Object.keys(this.installed).length > 0 ? this.reachable() : new Set<string>();
    for (const [slug, version] of Object.entries(this.installed)) {
      const w = this.getVar(slug)!;
      const deps = [...w.installed!.dependencies.map((d) => [...d, false] as const), ...w.installed!.optionalDependencies.map((d) => [...d, true] as const)];
      if (deps.length === 0) continue;
      if (reachable.has(slug)) {
        // The resolution might upgrade this module, dropping its current ranges: check them at the end.
        this.lazyInstalled.push(w);
        continue;
      }
      // This module is never touched, so its ranges bind whatever the resolution changes.
      for (const [t, range, isOptional] of deps) {
        const target = reachable.has(t) ? this.getVar(t) : undefined;
        if (target) this.addConstraint(target, { owner: null, by: `${slug}@${version}`, range, isOptional });
      }
    }
    for (const v of this.open) if (v.domain.length === 0) return this.explain(v);
    return undefined;
  }

  // ---- search ----------------------------------------------------------------------------------

  /** After `target` got a new range: fail if nothing is left for it, or if its chosen version no longer fits. */
  private check(target: Var, level: number): ConflictSet | null {
    if (target.domain.length === 0) {
      const cs = this.sourceLevels(target);
      this.record(this.explain(target), cs, level);
      return cs;
    }
    if (target.value && !target.domain.includes(target.value)) return new Set([target.level]);
    return null;
  }

  /** Choose `cand` for `x`; apply the ranges it asks for. Returns null, or the conflict set of the failure. */
  private assign(x: Var, cand: TPreparedVersion, level: number): ConflictSet | null {
    x.value = cand;
    x.level = level;
    this.trail.push(() => {
      x.value = undefined;
      x.level = 0;
    });
    const learned = this.violatedNogood(x, cand);
    if (learned) return learned;
    const by = `${x.slug}@${cand.version}`;
    for (const [slug, range] of cand.dependencies) {
      const target = this.getVar(slug);
      if (!target) {
        const cs: ConflictSet = new Set();
        this.record(missingModuleError(slug, by), cs, level);
        return cs;
      }
      this.addConstraint(target, { owner: x.slug, by, range, isOptional: false });
      this.openVar(target);
      const failure = this.check(target, level);
      if (failure) return failure;
    }
    for (const [slug, range] of cand.optionalDependencies) {
      const target = this.getVar(slug);
      if (!target) continue;
      this.addConstraint(target, { owner: x.slug, by, range, isOptional: true });
      // An optional dependency binds only when present: installed, requested, or needed by another module.
      if (!target.installed && !target.isOpen) continue;
      this.openVar(target);
      const failure = this.check(target, level);
      if (failure) return failure;
    }
    return null;
  }

  /** Smallest domain first (fail early), then the order modules became needed. */
  private pickNext(): Var | undefined {
    let best: Var | undefined;
    for (const v of this.open) {
      if (v.value) continue;
      if (!best || v.domain.length < best.domain.length) best = v;
      if (best.domain.length <= 1) break;
    }
    return best;
  }

  /** Installed modules that the resolution could have upgraded but did not: their ranges must still hold. */
  private checkLazyInstalled(): ConflictSet | null {
    for (const w of this.lazyInstalled) {
      if (w.value) continue;
      const by = `${w.slug}@${w.installed!.version}`;
      const deps = [...w.installed!.dependencies.map((d) => [...d, false] as const), ...w.installed!.optionalDependencies.map((d) => [...d, true] as const)];
      for (const [slug, range, isOptional] of deps) {
        const target = this.vars.get(slug);
        if (!target?.value) continue;
        const c: TConstraint = { owner: null, by, range, isOptional };
        if (meets(c, target.value, target.installed)) continue;
        // Whether `w` stayed untouched depends on every choice made, so no choice can be skipped.
        const cs: ConflictSet = new Set(this.frames.map((f) => f.level));
        this.record(this.explain(target, [c]), cs, this.frames.length);
        return cs;
      }
    }
    return null;
  }

  private violatedNogood(x: Var, cand: TPreparedVersion): ConflictSet | null {
    for (const nogood of this.nogoods.get(cand) ?? []) {
      if (!nogood.vars.every((v, i) => v.value === nogood.values[i])) continue;
      return new Set(nogood.vars.filter((v) => v !== x).map((v) => v.level));
    }
    return null;
  }

  /**
   * Remember why `frame` ran out of candidates: the choices at the levels in `cs` cannot all hold in
   * a solution (choices only ever add requirements, so the same failure follows wherever they meet).
   */
  private learn(cs: ConflictSet) {
    if (cs.size === 0) return;
    const vars = [...cs].map((level) => this.frames[level - 1]!.v);
    const nogood: Nogood = { vars, values: vars.map((v) => v.value!) };
    for (const value of nogood.values) {
      const list = this.nogoods.get(value);
      if (list) list.push(nogood);
      else this.nogoods.set(value, [nogood]);
    }
  }

  private tryFrame(frame: Frame): ConflictSet | null {
    while (frame.idx < frame.v.domain.length) {
      const cand = frame.v.domain[frame.idx++]!;
      const failure = this.assign(frame.v, cand, frame.level);
      if (!failure) return null;
      for (const level of failure) if (level !== frame.level) frame.cs.add(level);
      this.undoTo(frame.mark);
    }
    return frame.cs;
  }

  private search(): boolean {
    for (;;) {
      let failure: ConflictSet | null;
      const next = this.pickNext();
      if (!next) {
        failure = this.checkLazyInstalled();
        if (!failure) return true;
      } else {
        const frame: Frame = { v: next, idx: 0, cs: this.sourceLevels(next), mark: this.trail.length, level: this.frames.length + 1 };
        this.frames.push(frame);
        failure = this.tryFrame(frame);
        if (!failure) continue;
        this.learn(failure);
        this.frames.pop();
      }
      // Backjump: undo choices until one that took part in the failure, and try its next candidate.
      if (!this.backjump(failure)) return false;
    }
  }

  private backjump(initial: ConflictSet): boolean {
    let failure = initial;
    for (;;) {
      const top = this.frames.at(-1);
      if (!top) return false;
      this.undoTo(top.mark);
      if (failure.has(top.level)) {
        for (const level of failure) if (level !== top.level) top.cs.add(level);
        const again = this.tryFrame(top);
        if (!again) return true;
        this.learn(again);
        failure = again;
      }
      this.frames.pop();
    }
  }

  private genericFailure(): TResolveError {
    const slugs = this.request.map((r) => r.slug).join(", ");
    return { kind: "conflict", message: `No combination of versions satisfies the request for ${slugs}.`, slug: this.request[0]?.slug ?? "", requirements: [] };
  }

  // ---- the plan --------------------------------------------------------------------------------

  /** Depth-first post-order over the chosen modules: dependencies first. Returns a cycle path if one is found. */
  private order(chosen: Var[], withOptional: boolean): { order: Var[] } | { cycle: string[] } {
    const state = new Map<Var, 1 | 2>();
    const order: Var[] = [];
    const edges = (v: Var): Var[] => {
      const out: Var[] = [];
      for (const [slug] of v.value!.dependencies) out.push(this.vars.get(slug)!);
      if (withOptional) {
        for (const [slug] of v.value!.optionalDependencies) {
          const t = this.vars.get(slug);
          if (t?.value) out.push(t);
        }
      }
      return out;
    };
    for (const root of chosen) {
      if (state.has(root)) continue;
      const stack: { v: Var; next: Var[]; i: number }[] = [{ v: root, next: edges(root), i: 0 }];
      state.set(root, 1);
      while (stack.length > 0) {
        const top = stack.at(-1)!;
        if (top.i < top.next.length) {
          const t = top.next[top.i++]!;
          const s = state.get(t);
          if (s === 1) {
            const from = stack.findIndex((f) => f.v === t);
            return { cycle: [...stack.slice(from).map((f) => f.v.slug), t.slug] };
          }
          if (s === undefined) {
            state.set(t, 1);
            stack.push({ v: t, next: edges(t), i: 0 });
          }
        } else {
          state.set(top.v, 2);
          order.push(top.v);
          stack.pop();
        }
      }
    }
    return { order };
  }

  private buildPlan(): TResolveResult {
    const chosen = this.open.filter((v) => v.value);
    const required = this.order(chosen, false);
    if ("cycle" in required) {
      const path = required.cycle;
      return { ok: false, error: { kind: "cycle", message: `These modules depend on each other in a circle: ${path.join(" → ")}.`, path } };
    }
    // Optional dependencies go first too, unless they close a circle (then required order alone counts).
    const full = this.order(chosen, true);
    const order = "order" in full ? full.order : required.order;
    const plan: TPlanStep[] = [];
    for (const v of order) {
      if (v.value === v.installed) continue;
      plan.push({ slug: v.slug, version: v.value!.version, action: v.installed ? "upgrade" : "install" });
    }
    return { ok: true, plan };
  }
}

/**
 * Resolve an install or upgrade request against the catalog and the tenant's installed modules.
 * Returns the plan (dependencies before dependents) or an error that explains itself. Throws
 * ResolverInputError when an input holds an invalid version or range.
 */
export function resolve(catalog: TCatalog, installed: TInstalled, request: TResolveRequest, options: TResolveOptions = {}): TResolveResult {
  const prepared = prepareCatalog(catalog);
  validateInputs(installed, request, options);
  return new Solver(prepared, installed, request, options.coreVersion).run();
}

export { INSTALLED_BY, REQUEST_BY };
