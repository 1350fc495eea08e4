"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useRef, useState } from "react";
import { Field, FieldError, INPUT_CLASSES, LABEL_CLASSES } from "~/components/publishing/form-controls";
import { Spinner } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { parseAppError } from "~/trpc/parse-app-error";
import { useTRPC } from "~/trpc/react";
import { StarRatingInput } from "./star-rating";
import type { MyReviewData, ReviewViewer } from "./types";

/** Kept in step with the server's limits (reviews.schemas.ts); the server checks them again. */
export const REVIEW_BODY_MIN = 10;
export const REVIEW_BODY_MAX = 2000;

type Errors = { rating?: string; body?: string; form?: string };

/**
 * Writing or editing one's review: stars, text with a counter, and the workspace it speaks for
 * when the reviewer has several that qualify. Errors appear next to the field they concern.
 */
export function ReviewForm({
  moduleSlug,
  moduleName,
  tenants,
  existing,
  onSaved,
  onCancel,
}: {
  moduleSlug: string;
  moduleName: string;
  tenants: ReviewViewer["tenants"];
  existing: MyReviewData | null;
  onSaved: (message: string) => void;
  onCancel?: () => void;
}) {
  const trpc = useTRPC();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [rating, setRating] = useState<number | null>(existing?.rating ?? null);
  const [body, setBody] = useState(existing?.body ?? "");
  const [tenantSlug, setTenantSlug] = useState(
    (existing && tenants.some((t) => t.slug === existing.tenant.slug) ? existing.tenant.slug : tenants[0]?.slug) ?? "",
  );
  const [errors, setErrors] = useState<Errors>({});

  const onError = (e: unknown) => {
    const parsed = parseAppError(e);
    setErrors({
      rating: parsed.fieldErrors.rating?.[0],
      body: parsed.fieldErrors.body?.[0],
      form: parsed.fieldErrors.rating || parsed.fieldErrors.body ? undefined : parsed.message,
    });
  };
  const create = useMutation(trpc.reviews.create.mutationOptions({ onError, onSuccess: () => onSaved("Thanks! Your review is published.") }));
  const update = useMutation(trpc.reviews.update.mutationOptions({ onError, onSuccess: () => onSaved("Your review was updated.") }));
  const isPending = create.isPending || update.isPending;
  const length = body.trim().length;
  const chosen = tenants.find((t) => t.slug === tenantSlug);

  function validate(): Errors {
    const next: Errors = {};
    if (!rating) next.rating = "Choose a rating from 1 to 5 stars.";
    if (length < REVIEW_BODY_MIN) next.body = `Write at least ${REVIEW_BODY_MIN} characters (${length} so far).`;
    else if (length > REVIEW_BODY_MAX) next.body = `Keep it under ${REVIEW_BODY_MAX} characters (${length} now).`;
    return next;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const found = validate();
    setErrors(found);
    if (found.rating || found.body || !rating) {
      // Take the person to the first problem.
      const target = found.rating ? 'input[type="radio"]' : "textarea";
      formRef.current?.querySelector<HTMLElement>(target)?.focus();
      return;
    }
    if (existing) update.mutate({ tenant: tenantSlug, id: existing.id, data: { rating, body } });
    else create.mutate({ tenant: tenantSlug, moduleSlug, rating, body });
  }

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate aria-labelledby={headingId} className={cn(CARD_CLASSES, "space-y-5 p-5")} data-testid="review-form">
      <h3 id={headingId} className="text-base font-semibold text-zinc-900 dark:text-zinc-50">
        {existing ? "Edit your review" : `Review ${moduleName}`}
      </h3>

      <StarRatingInput
        value={rating}
        onChange={(n) => {
          setRating(n);
          if (errors.rating) setErrors((e) => ({ ...e, rating: undefined }));
        }}
        error={errors.rating}
        disabled={isPending}
      />

      <Field
        label="Your review"
        hint={`What worked, what didn't, who it suits. ${REVIEW_BODY_MIN}–${REVIEW_BODY_MAX.toLocaleString("en-US")} characters. Your name is shown with it, never your e-mail or workspace.`}
        error={errors.body}
        aside={
          <span aria-hidden="true" className={cn("text-xs tabular-nums", length > REVIEW_BODY_MAX ? "text-red-700 dark:text-red-300" : "text-zinc-600 dark:text-zinc-400")}>
            {length.toLocaleString("en-US")}/{REVIEW_BODY_MAX.toLocaleString("en-US")}
          </span>
        }
      >
        {(props) => (
          <textarea
            {...props}
            rows={5}
            value={body}
            disabled={isPending}
            onChange={(e) => {
              setBody(e.target.value);
              if (errors.body && e.target.value.trim().length >= REVIEW_BODY_MIN) setErrors((x) => ({ ...x, body: undefined }));
            }}
            className={INPUT_CLASSES}
          />
        )}
      </Field>

      {tenants.length > 1 ? (
        <Field label="Reviewing as a member of" hint="The version shown with your review is the one this workspace has installed.">
          {(props) => (
            <select {...props} value={tenantSlug} disabled={isPending} onChange={(e) => setTenantSlug(e.target.value)} className={INPUT_CLASSES}>
              {tenants.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.name}
                  {t.version ? ` (version ${t.version}${t.isInstalled ? "" : ", uninstalled"})` : ""}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : chosen ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <span className={cn(LABEL_CLASSES, "inline")}>Version reviewed: </span>
          {chosen.version ?? "unknown"}, as installed in {chosen.name}.
        </p>
      ) : null}

      <div aria-live="assertive">{errors.form ? <FieldError>{errors.form}</FieldError> : null}</div>

      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isPending}>
          {isPending ? (
            <>
              <Spinner className="size-4" />
              {existing ? "Saving…" : "Publishing…"}
            </>
          ) : existing ? (
            "Save changes"
          ) : (
            "Publish review"
          )}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={isPending}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
