"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useRef, useState } from "react";
import { Spinner } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { ModuleIcon } from "~/components/ui/module-icon";
import { parseAppError } from "~/trpc/parse-app-error";
import { useTRPC } from "~/trpc/react";
import { ActionDialog } from "./action-dialog";
import { DangerTextButton, Field, INPUT_CLASSES, StatusMessage } from "./form-controls";
import { uploadForm } from "./upload";

const IMAGE_ACCEPT = "image/png,image/jpeg,image/webp,image/svg+xml,.png,.jpg,.jpeg,.webp,.svg";
const IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp", "image/svg+xml"];
const ICON_LIMIT = 512 * 1024;
const SCREENSHOT_LIMIT = 3 * 1024 * 1024;
const MAX_SCREENSHOTS = 8;
const CAPTION_MAX = 160;

type Screenshot = { url: string; caption: string };

/** Why a chosen image can't be uploaded, before sending it; null when it looks fine. */
function imageProblem(file: File, limit: number): string | null {
  const byName = /\.(png|jpe?g|webp|svg)$/i.test(file.name);
  if (!IMAGE_TYPES.includes(file.type) && !byName) return `“${file.name}” isn't a PNG, JPEG, WebP or SVG image.`;
  if (file.size > limit) return `“${file.name}” is ${Math.ceil(file.size / 1024)} KB; the limit is ${limit / 1024} KB.`;
  return null;
}

function useMediaUpload(publisherSlug: string, moduleSlug: string) {
  const router = useRouter();
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  async function send(form: FormData, success: string): Promise<boolean> {
    setIsPending(true);
    setError(null);
    setDone(null);
    const result = await uploadForm<{ iconUrl: string | null; screenshots: Screenshot[] }>(
      `/api/v1/publishers/${encodeURIComponent(publisherSlug)}/modules/${encodeURIComponent(moduleSlug)}/media`,
      form,
    ).promise;
    setIsPending(false);
    if (result.ok) {
      setDone(success);
      router.refresh();
      return true;
    }
    setError(result.error.message);
    return false;
  }
  return { isPending, error, setError, done, setDone, send };
}

/** The listing's icon and screenshots: see the current ones, upload new ones, remove screenshots. */
export function MediaManager({
  publisherSlug,
  moduleSlug,
  moduleName,
  iconUrl,
  screenshots,
}: {
  publisherSlug: string;
  moduleSlug: string;
  moduleName: string;
  iconUrl: string | null;
  screenshots: Screenshot[];
}) {
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
      <IconUpload publisherSlug={publisherSlug} moduleSlug={moduleSlug} moduleName={moduleName} iconUrl={iconUrl} />
      <Screenshots publisherSlug={publisherSlug} moduleSlug={moduleSlug} moduleName={moduleName} screenshots={screenshots} />
    </div>
  );
}

function IconUpload({ publisherSlug, moduleSlug, moduleName, iconUrl }: { publisherSlug: string; moduleSlug: string; moduleName: string; iconUrl: string | null }) {
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const upload = useMediaUpload(publisherSlug, moduleSlug);

  async function onFile(file: File) {
    const problem = imageProblem(file, ICON_LIMIT);
    if (problem) {
      upload.setDone(null);
      upload.setError(problem);
      return;
    }
    const form = new FormData();
    form.append("kind", "icon");
    form.append("file", file, file.name);
    await upload.send(form, "Icon updated.");
    if (inputRef.current) inputRef.current.value = "";
  }

  return (
    <section aria-labelledby={`${inputId}-heading`} className={cn(CARD_CLASSES, "space-y-4 p-5")}>
      <h3 id={`${inputId}-heading`} className="text-base font-semibold text-zinc-900 dark:text-zinc-50">
        Icon
      </h3>
      <div className="flex items-center gap-4">
        <ModuleIcon name={moduleName} iconUrl={iconUrl} size="lg" />
        <div className="space-y-2">
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{iconUrl ? "Current icon" : "No icon yet: the catalog shows initials."}</p>
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            accept={IMAGE_ACCEPT}
            aria-describedby={hintId}
            disabled={upload.isPending}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void onFile(file);
            }}
            className="peer sr-only"
          />
          <label
            htmlFor={inputId}
            className={cn(
              "inline-flex h-8 cursor-pointer items-center gap-2 rounded-lg bg-white px-3 text-sm font-medium text-zinc-900 shadow-sm ring-1 ring-zinc-300 ring-inset hover:bg-zinc-50",
              "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-indigo-600 dark:bg-zinc-900 dark:text-zinc-100 dark:ring-zinc-700 dark:hover:bg-zinc-800",
              upload.isPending && "pointer-events-none opacity-60",
            )}
          >
            {upload.isPending ? <Spinner className="size-3.5" /> : null}
            {upload.isPending ? "Uploading…" : iconUrl ? "Replace icon" : "Upload icon"}
          </label>
        </div>
      </div>
      <p id={hintId} className="text-xs text-zinc-600 dark:text-zinc-400">
        Square images work best (256 × 256 px or larger). PNG, JPEG, WebP or SVG, up to 512 KB.
      </p>
      <StatusMessage tone="error" message={upload.error} />
      <StatusMessage tone="success" message={upload.done} />
    </section>
  );
}

function Screenshots({
  publisherSlug,
  moduleSlug,
  moduleName,
  screenshots,
}: {
  publisherSlug: string;
  moduleSlug: string;
  moduleName: string;
  screenshots: Screenshot[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const headingId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Screenshot | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const upload = useMediaUpload(publisherSlug, moduleSlug);
  const isFull = screenshots.length >= MAX_SCREENSHOTS;

  const remove = useMutation(
    trpc.publishing.module.removeScreenshot.mutationOptions({
      onSuccess: () => {
        setRemoving(null);
        upload.setError(null);
        upload.setDone("Screenshot removed.");
        router.refresh();
      },
      onError: (e) => setRemoveError(parseAppError(e).message),
    }),
  );

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setFileError("Choose an image first.");
      fileRef.current?.focus();
      return;
    }
    const problem = imageProblem(file, SCREENSHOT_LIMIT);
    if (problem) {
      setFileError(problem);
      fileRef.current?.focus();
      return;
    }
    setFileError(null);
    const form = new FormData();
    form.append("kind", "screenshot");
    form.append("file", file, file.name);
    form.append("caption", caption.trim());
    const ok = await upload.send(form, "Screenshot added.");
    if (ok) {
      setFile(null);
      setCaption("");
      if (fileRef.current) fileRef.current.value = "";
    }
  }

  return (
    <section aria-labelledby={headingId} className={cn(CARD_CLASSES, "space-y-4 p-5")}>
      <div className="flex items-baseline justify-between gap-3">
        <h3 id={headingId} className="text-base font-semibold text-zinc-900 dark:text-zinc-50">
          Screenshots
        </h3>
        <p className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
          {screenshots.length} of {MAX_SCREENSHOTS}
        </p>
      </div>

      {screenshots.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 px-4 py-6 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          No screenshots yet. Add one showing the module&apos;s main page, so tenants see what they get before installing.
        </p>
      ) : (
        <ul role="list" className="grid gap-4 sm:grid-cols-2">
          {screenshots.map((shot, i) => (
            <li key={shot.url}>
              <figure className="overflow-hidden rounded-lg ring-1 ring-zinc-200 dark:ring-zinc-800">
                <img
                  src={shot.url}
                  alt={shot.caption || `${moduleName} screenshot ${i + 1}`}
                  loading="lazy"
                  decoding="async"
                  className="aspect-[16/10] w-full bg-zinc-100 object-cover dark:bg-zinc-800"
                />
                <figcaption className="flex items-start justify-between gap-2 px-3 py-2 text-sm text-zinc-700 dark:text-zinc-300">
                  <span className="min-w-0 break-words">{shot.caption || <span className="text-zinc-500 italic">No caption</span>}</span>
                  <DangerTextButton
                    className="h-7 shrink-0 px-2"
                    onClick={() => {
                      setRemoveError(null);
                      setRemoving(shot);
                    }}
                  >
                    Remove<span className="sr-only"> screenshot {i + 1}{shot.caption ? `: ${shot.caption}` : ""}</span>
                  </DangerTextButton>
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}

      <form onSubmit={handleSubmit} noValidate className="space-y-3 border-t border-zinc-100 pt-4 dark:border-zinc-800">
        <p className="text-sm font-medium text-zinc-900 dark:text-zinc-100">Add a screenshot</p>
        {isFull ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">A listing has at most {MAX_SCREENSHOTS} screenshots. Remove one to add another.</p>
        ) : (
          <>
            <div className="grid gap-3 sm:grid-cols-2">
              <Field label="Image" hint="16:10 works best. PNG, JPEG, WebP or SVG, up to 3 MB." error={fileError}>
                {(props) => (
                  <input
                    {...props}
                    ref={fileRef}
                    type="file"
                    accept={IMAGE_ACCEPT}
                    disabled={upload.isPending}
                    onChange={(e) => {
                      setFile(e.target.files?.[0] ?? null);
                      setFileError(null);
                    }}
                    className="block w-full text-sm text-zinc-700 file:mr-3 file:rounded-md file:border-0 file:bg-zinc-100 file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-zinc-900 hover:file:bg-zinc-200 dark:text-zinc-300 dark:file:bg-zinc-800 dark:file:text-zinc-100 dark:hover:file:bg-zinc-700"
                  />
                )}
              </Field>
              <Field
                label="Caption"
                hint="Describe what it shows; screen readers read it."
                aside={
                  <span className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
                    {caption.length}/{CAPTION_MAX}
                  </span>
                }
              >
                {(props) => (
                  <input
                    {...props}
                    maxLength={CAPTION_MAX}
                    value={caption}
                    onChange={(e) => setCaption(e.target.value)}
                    placeholder="The pipeline board with deals by stage"
                    className={INPUT_CLASSES}
                  />
                )}
              </Field>
            </div>
            <div className="flex justify-end">
              <Button type="submit" variant="secondary" disabled={upload.isPending}>
                {upload.isPending ? (
                  <>
                    <Spinner className="size-4" /> Uploading…
                  </>
                ) : (
                  "Add screenshot"
                )}
              </Button>
            </div>
          </>
        )}
        <StatusMessage tone="error" message={upload.error} />
        <StatusMessage tone="success" message={upload.done} />
      </form>

      <ActionDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title="Remove this screenshot?"
        confirmLabel="Remove screenshot"
        pendingLabel="Removing…"
        confirmVariant="danger"
        isPending={remove.isPending}
        error={removeError}
        onConfirm={() => removing && remove.mutate({ publisher: publisherSlug, slug: moduleSlug, url: removing.url })}
      >
        <p>
          {removing?.caption ? `“${removing.caption}” ` : "It "}
          disappears from the listing right away. To show it again, upload the image again.
        </p>
      </ActionDialog>
    </section>
  );
}
