"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Spinner } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { parseAppError } from "~/trpc/parse-app-error";
import { useTRPC } from "~/trpc/react";
import { ActionDialog } from "./action-dialog";
import { CopyButton } from "./copy-button";
import { DangerTextButton, Field, FieldError, firstError, INPUT_CLASSES, StatusMessage } from "./form-controls";

const EXPIRY_OPTIONS = [7, 30, 90, 365] as const;

/** "Create token": a name and an expiry; the secret is shown once, here, with a copy button. */
export function CreateTokenForm({ publisherSlug, origin }: { publisherSlug: string; origin: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState("");
  const [expiresInDays, setExpiresInDays] = useState<number>(90);
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string; expiresAt: Date | null } | null>(null);

  const create = useMutation(
    trpc.publishing.token.create.mutationOptions({
      onSuccess: (token) => {
        setCreated({ name: token.name, token: token.token, expiresAt: token.expiresAt });
        setName("");
        router.refresh();
      },
      onError: (e) => {
        const parsed = parseAppError(e);
        setNameError(firstError(parsed.fieldErrors, "name"));
        setFormError(parsed.message);
      },
    }),
  );

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    if (name.trim().length < 2) {
      setNameError("Name the token (at least 2 characters), like “GitHub Actions”.");
      event.currentTarget.querySelector("input")?.focus();
      return;
    }
    setNameError(null);
    setCreated(null);
    create.mutate({ publisher: publisherSlug, name: name.trim(), expiresInDays });
  }

  return (
    <div className="space-y-4">
      <form onSubmit={handleSubmit} noValidate className={cn(CARD_CLASSES, "space-y-4 p-5")}>
        <h2 className="text-base font-semibold text-zinc-900 dark:text-zinc-50">Create a token</h2>
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_12rem_auto] sm:items-start">
          <Field label="Name" hint="Where it will be used, so you know which one to revoke." error={nameError}>
            {(props) => (
              <input
                {...props}
                maxLength={60}
                autoComplete="off"
                placeholder="GitHub Actions release"
                value={name}
                onChange={(e) => setName(e.target.value)}
                className={INPUT_CLASSES}
              />
            )}
          </Field>
          <Field label="Expires after">
            {(props) => (
              <select {...props} value={expiresInDays} onChange={(e) => setExpiresInDays(Number(e.target.value))} className={cn(INPUT_CLASSES, "h-[2.375rem]")}>
                {EXPIRY_OPTIONS.map((days) => (
                  <option key={days} value={days}>
                    {days === 365 ? "1 year" : `${days} days`}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="sm:pt-[1.625rem]">
            <Button type="submit" disabled={create.isPending} className="w-full sm:w-auto">
              {create.isPending ? (
                <>
                  <Spinner className="size-4" /> Creating…
                </>
              ) : (
                "Create token"
              )}
            </Button>
          </div>
        </div>
        <StatusMessage tone="error" message={formError} />
      </form>

      <div aria-live="polite">
        {created ? (
          <section
            aria-labelledby="new-token-heading"
            className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-5 dark:border-amber-500/30 dark:bg-amber-500/10"
          >
            <h2 id="new-token-heading" className="text-base font-semibold text-amber-950 dark:text-amber-50">
              Token “{created.name}” created
            </h2>
            <p className="text-sm font-medium text-amber-900 dark:text-amber-100">
              Copy it now — you won&apos;t see it again. We only keep a fingerprint of it.
            </p>
            <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
              <label htmlFor="new-token" className="sr-only">
                New API token
              </label>
              <input
                id="new-token"
                readOnly
                value={created.token}
                onFocus={(e) => e.currentTarget.select()}
                className={cn(INPUT_CLASSES, "font-mono text-xs")}
              />
              <CopyButton value={created.token} label="API token" className="h-10 px-3 text-sm" />
            </div>
            <p className="text-sm text-amber-900 dark:text-amber-100">
              Use it with{" "}
              <code className="rounded bg-white/70 px-1 py-0.5 font-mono text-xs break-all dark:bg-black/20">
                npx adx-module publish package.tgz --url {origin} --token &lt;token&gt;
              </code>
              , or store it as a CI secret.
            </p>
            <Button variant="secondary" size="sm" onClick={() => setCreated(null)}>
              I&apos;ve copied it
            </Button>
          </section>
        ) : null}
      </div>
    </div>
  );
}

/** Revokes a token after asking; anything using it stops working at once. */
export function RevokeTokenButton({ publisherSlug, id, name }: { publisherSlug: string; id: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const revoke = useMutation(
    trpc.publishing.token.revoke.mutationOptions({
      onSuccess: () => {
        setOpen(false);
        setDone(true);
        router.refresh();
      },
      onError: (e) => setError(parseAppError(e).message),
    }),
  );
  return (
    <>
      <DangerTextButton
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        Revoke<span className="sr-only"> token {name}</span>
      </DangerTextButton>
      <span aria-live="polite" className="sr-only">
        {done ? `Token ${name} revoked` : ""}
      </span>
      {error && !open ? <FieldError>{error}</FieldError> : null}
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Revoke “${name}”?`}
        confirmLabel="Revoke token"
        pendingLabel="Revoking…"
        confirmVariant="danger"
        isPending={revoke.isPending}
        error={error}
        onConfirm={() => revoke.mutate({ publisher: publisherSlug, id })}
      >
        <p>Anything using this token — a CI job, a teammate&apos;s terminal — can no longer publish. This can&apos;t be undone; create a new token to replace it.</p>
      </ActionDialog>
    </>
  );
}
