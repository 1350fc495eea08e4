"use client";

import { useRouter } from "next/navigation";
import { type DragEvent, useEffect, useId, useRef, useState } from "react";
import { formatBytes } from "~/components/catalog/format";
import { Spinner } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { cn } from "~/components/ui/cn";
import { Notice } from "~/components/ui/notice";
import { CheckList, summarizeChecks, type TCheckReport } from "./check-report";
import { formatProblemLine, groupProblems, uploadForm, type UploadError, type UploadHandle, type UploadProgress } from "./upload";

type UploadedVersion = { id: string; version: string; state: string; moduleSlug: string; checkReport: TCheckReport | null };

type State =
  | { kind: "idle" }
  | { kind: "uploading"; fileName: string; size: number; progress: UploadProgress }
  | { kind: "done"; fileName: string; version: UploadedVersion }
  | { kind: "failed"; fileName: string; error: UploadError };

const isPackageName = (name: string) => /\.(tgz|tar\.gz)$/i.test(name);

/**
 * Drop a module package (.tgz) here, or choose one: it is uploaded as a new draft version. Shows
 * the upload's progress, then the new version, or every problem found in the package at once.
 */
export function PackageUpload({ publisherSlug, moduleSlug, disabledReason }: { publisherSlug: string; moduleSlug: string; disabledReason?: string | null }) {
  const router = useRouter();
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const handleRef = useRef<UploadHandle<{ version: UploadedVersion }> | null>(null);
  const [isDragging, setIsDragging] = useState(false);
  const [state, setState] = useState<State>({ kind: "idle" });
  const isDisabled = Boolean(disabledReason);
  const isUploading = state.kind === "uploading";

  useEffect(() => () => handleRef.current?.abort(), []);

  async function upload(file: File) {
    if (isDisabled || isUploading) return;
    if (!isPackageName(file.name)) {
      setState({
        kind: "failed",
        fileName: file.name,
        error: { status: 0, code: "CLIENT", message: `“${file.name}” isn't a module package. Choose a .tgz file (made with npx adx-module pack).`, problems: [] },
      });
      return;
    }
    const form = new FormData();
    form.append("package", file, file.name);
    setState({ kind: "uploading", fileName: file.name, size: file.size, progress: { loaded: 0, total: file.size, phase: "sending" } });
    const handle = uploadForm<{ version: UploadedVersion }>(
      `/api/v1/publishers/${encodeURIComponent(publisherSlug)}/modules/${encodeURIComponent(moduleSlug)}/versions`,
      form,
      (progress) => setState((s) => (s.kind === "uploading" ? { ...s, progress } : s)),
    );
    handleRef.current = handle;
    const result = await handle.promise;
    handleRef.current = null;
    if (inputRef.current) inputRef.current.value = "";
    if (result.ok) {
      setState({ kind: "done", fileName: file.name, version: result.data.version });
      router.refresh();
    } else if (result.error.code === "ABORTED") {
      // Once the file is sent the server may still create the version; a refresh shows it if it did.
      setState({ kind: "idle" });
      router.refresh();
    } else {
      setState({ kind: "failed", fileName: file.name, error: result.error });
    }
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setIsDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void upload(file);
  }

  const percent =
    state.kind === "uploading" && state.progress.total ? Math.min(100, Math.round((state.progress.loaded / state.progress.total) * 100)) : null;

  return (
    <div className="space-y-4">
      <div
        onDragEnter={(e) => {
          e.preventDefault();
          if (!isDisabled) setIsDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = isDisabled ? "none" : "copy";
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setIsDragging(false);
        }}
        onDrop={onDrop}
        className={cn(
          "relative flex flex-col items-center justify-center gap-3 rounded-xl border-2 border-dashed px-6 py-10 text-center transition-colors",
          "has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-indigo-600",
          isDisabled
            ? "border-zinc-200 bg-zinc-50 opacity-70 dark:border-zinc-800 dark:bg-zinc-900/40"
            : isDragging
              ? "border-indigo-500 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-500/10"
              : "border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-900",
        )}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" className="size-10 text-zinc-400 dark:text-zinc-500">
          <path
            d="M12 16V4m0 0-4 4m4-4 4 4M4 16v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {isDragging ? (
            <span className="font-semibold text-indigo-700 dark:text-indigo-300">Drop the package to upload it</span>
          ) : (
            <>
              Drag your module package (.tgz) here, or{" "}
              <label
                htmlFor={inputId}
                className={cn(
                  "font-semibold text-indigo-700 underline decoration-indigo-300 underline-offset-2 dark:text-indigo-300",
                  isDisabled || isUploading ? "cursor-not-allowed" : "cursor-pointer hover:decoration-indigo-600",
                )}
              >
                choose a file
              </label>
            </>
          )}
        </p>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".tgz,.tar.gz,application/gzip,application/x-gzip,application/x-tar"
          aria-describedby={hintId}
          disabled={isDisabled || isUploading}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
          }}
          className="sr-only"
        />
        <p id={hintId} className="text-xs text-zinc-600 dark:text-zinc-400">
          {disabledReason ??
            "It becomes a draft version: checked automatically, then you submit it for review. Versions are immutable — each upload needs a new version number."}
        </p>
      </div>

      <div aria-live="polite" className="space-y-3">
        {state.kind === "uploading" ? (
          <div className="space-y-2 rounded-xl bg-white p-4 ring-1 ring-zinc-200 dark:bg-zinc-900 dark:ring-zinc-800">
            <div className="flex items-center justify-between gap-3 text-sm">
              <p className="flex min-w-0 items-center gap-2 text-zinc-800 dark:text-zinc-200">
                <Spinner className="size-4 shrink-0" />
                <span className="truncate">
                  {state.progress.phase === "processing"
                    ? `Checking ${state.fileName}…`
                    : `Uploading ${state.fileName} (${formatBytes(state.size)})${percent !== null ? ` — ${percent}%` : "…"}`}
                </span>
              </p>
              <Button variant="ghost" size="sm" onClick={() => handleRef.current?.abort()}>
                {state.progress.phase === "processing" ? "Stop waiting" : "Cancel"}
              </Button>
            </div>
            <div
              role="progressbar"
              aria-label={state.progress.phase === "processing" ? "Checking the package" : "Upload progress"}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={state.progress.phase === "processing" ? undefined : (percent ?? undefined)}
              className="h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
            >
              <div
                className={cn(
                  "h-full rounded-full bg-indigo-600 transition-[width] dark:bg-indigo-400",
                  state.progress.phase === "processing" && "w-full animate-pulse motion-reduce:animate-none",
                )}
                style={state.progress.phase === "processing" ? undefined : { width: `${percent ?? 5}%` }}
              />
            </div>
          </div>
        ) : null}

        {state.kind === "done" ? <UploadSuccess version={state.version} /> : null}
        {state.kind === "failed" ? <UploadFailure fileName={state.fileName} error={state.error} /> : null}
      </div>
    </div>
  );
}

function UploadSuccess({ version }: { version: UploadedVersion }) {
  const summary = summarizeChecks(version.checkReport);
  const hasFailures = version.checkReport?.checks.some((c) => c.status === "failed") ?? true;
  return (
    <Notice tone={hasFailures ? "warning" : "success"} title={`Version ${version.version} uploaded as a draft`}>
      <p>
        Automated checks: {summary.text}.{" "}
        {hasFailures
          ? "Fix the failed checks and upload a new version; a version with failed checks can't be submitted."
          : "Submit it for review from the versions list below when you are ready."}
      </p>
      {version.checkReport && version.checkReport.checks.some((c) => c.status !== "passed") ? (
        <CheckList report={{ ...version.checkReport, checks: version.checkReport.checks.filter((c) => c.status !== "passed") }} className="mt-2" />
      ) : null}
    </Notice>
  );
}

function UploadFailure({ fileName, error }: { fileName: string; error: UploadError }) {
  const groups = groupProblems(error.problems);
  return (
    <div className="rounded-xl border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-100">
      <p className="font-semibold">
        {fileName} wasn&apos;t uploaded
        {error.problems.length > 0 ? ` — ${error.problems.length} problem${error.problems.length === 1 ? "" : "s"}` : ""}
      </p>
      <p className="mt-1">{error.message}</p>
      {groups.length > 0 ? (
        <div className="mt-3 space-y-3">
          {groups.map((group) => (
            <section key={group.file} aria-label={`Problems in ${group.file}`}>
              <h3 className="font-mono text-xs font-semibold text-red-950 dark:text-red-50">{group.file}</h3>
              <ul role="list" className="mt-1 space-y-1">
                {group.problems.map((p, i) => (
                  <li key={i} className="rounded-md bg-white/70 px-2 py-1 font-mono text-xs leading-5 break-words text-zinc-900 dark:bg-black/20 dark:text-zinc-100">
                    {formatProblemLine(p)}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      ) : null}
    </div>
  );
}
