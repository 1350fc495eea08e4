"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Field, firstError, INPUT_CLASSES, StatusMessage } from "~/components/publishing/form-controls";
import { slugify } from "~/components/publishing/slug";
import { Spinner } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { parseAppError } from "~/trpc/parse-app-error";
import { useTRPC } from "~/trpc/react";
import { useCollectionsOutcome } from "./collections-outcome";
import { PublishedCheckbox } from "./published-checkbox";

type FieldName = "title" | "slug" | "description" | "sortOrder";
type Errors = Partial<Record<FieldName, string>>;

/**
 * "New collection": a title, a slug suggested from it (until the moderator edits the slug), an
 * optional description, its place on the home page and whether to show it. The server validates;
 * its messages appear next to the fields they are about.
 */
export function NewCollectionForm({ suggestedOrder }: { suggestedOrder: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { announce, setJustCreatedId } = useCollectionsOutcome();
  const [title, setTitle] = useState("");
  const [slug, setSlug] = useState("");
  const [isSlugEdited, setIsSlugEdited] = useState(false);
  const [description, setDescription] = useState("");
  const [sortOrder, setSortOrder] = useState(String(suggestedOrder));
  const [isOrderEdited, setIsOrderEdited] = useState(false);
  const [isPublished, setIsPublished] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  // Follow the list (a collection created or deleted) until the moderator picks an order.
  if (!isOrderEdited && sortOrder !== String(suggestedOrder)) setSortOrder(String(suggestedOrder));

  const create = useMutation(
    trpc.search.collections.create.mutationOptions({
      onSuccess: (created) => {
        setTitle("");
        setSlug("");
        setIsSlugEdited(false);
        setDescription("");
        setIsOrderEdited(false);
        setIsPublished(false);
        setErrors({});
        setFormError(null);
        setJustCreatedId(created.id);
        announce(
          created.isPublished
            ? `Created “${created.title}”. Add its modules: it shows on the home page once it has one.`
            : `Created “${created.title}”, hidden for now. Add its modules, then publish it.`,
        );
        router.refresh();
      },
      onError: (error) => {
        const parsed = parseAppError(error);
        const found: Errors = {
          title: firstError(parsed.fieldErrors, "title") ?? undefined,
          slug: firstError(parsed.fieldErrors, "slug") ?? (parsed.code === "CONFLICT" ? parsed.message : undefined),
          description: firstError(parsed.fieldErrors, "description") ?? undefined,
          sortOrder: firstError(parsed.fieldErrors, "sortOrder") ?? undefined,
        };
        setErrors(found);
        const hasFieldErrors = Object.values(found).some(Boolean);
        setFormError(hasFieldErrors ? "The collection was not created: check the highlighted fields." : parsed.message);
        if (hasFieldErrors) setFocusRequest((n) => n + 1);
      },
    }),
  );

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    setFormError(null);
    create.mutate({
      title: title.trim(),
      slug: slug.trim(),
      description: description.trim(),
      sortOrder: sortOrder.trim() === "" ? undefined : Number(sortOrder),
      isPublished,
    });
  }

  // Move to the first field the server refused, so its message is read with it.
  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [focusRequest]);

  return (
    <section aria-labelledby="new-collection-heading" className={cn(CARD_CLASSES, "p-5")}>
      <h2 id="new-collection-heading" className="text-base font-semibold text-zinc-900 dark:text-zinc-50">
        New collection
      </h2>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">A shelf of hand-picked modules on the home page. You choose its modules next.</p>
      <form
        onSubmit={handleSubmit}
        noValidate
        className="mt-4 space-y-4"
        aria-label="New collection"
        ref={formRef}
      >
        <Field label="Title" hint="Shown as the shelf's heading, like “Staff picks for finance teams”." error={errors.title}>
          {(props) => (
            <input
              {...props}
              name="title"
              autoComplete="off"
              maxLength={80}
              required
              value={title}
              onChange={(e) => {
                setTitle(e.target.value);
                if (!isSlugEdited) setSlug(slugify(e.target.value));
              }}
              className={INPUT_CLASSES}
            />
          )}
        </Field>
        <Field label="Slug" hint="Lowercase letters, digits and dashes; suggested from the title." error={errors.slug}>
          {(props) => (
            <input
              {...props}
              name="slug"
              autoCapitalize="none"
              autoComplete="off"
              spellCheck={false}
              maxLength={64}
              required
              value={slug}
              onChange={(e) => {
                setSlug(e.target.value.toLowerCase());
                setIsSlugEdited(e.target.value !== "");
              }}
              className={cn(INPUT_CLASSES, "font-mono")}
            />
          )}
        </Field>
        <Field label="Description (optional)" hint="One line under the heading." error={errors.description}>
          {(props) => (
            <textarea
              {...props}
              name="description"
              rows={2}
              maxLength={500}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              className={INPUT_CLASSES}
            />
          )}
        </Field>
        <Field label="Order" hint="Lower numbers come first on the home page." error={errors.sortOrder}>
          {(props) => (
            <input
              {...props}
              name="sortOrder"
              type="number"
              inputMode="numeric"
              min={0}
              max={10_000}
              step={1}
              value={sortOrder}
              onChange={(e) => {
                setSortOrder(e.target.value);
                setIsOrderEdited(true);
              }}
              className={cn(INPUT_CLASSES, "w-32 tabular-nums")}
            />
          )}
        </Field>
        <PublishedCheckbox checked={isPublished} onChange={setIsPublished} hint="Leave it hidden while you choose its modules." />
        <StatusMessage tone="error" message={formError} />
        <Button type="submit" disabled={create.isPending} className="w-full">
          {create.isPending ? (
            <>
              <Spinner className="size-4" />
              Creating…
            </>
          ) : (
            "Create collection"
          )}
        </Button>
      </form>
    </section>
  );
}
