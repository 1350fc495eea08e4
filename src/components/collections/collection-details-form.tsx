"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { Field, INPUT_CLASSES, StatusMessage } from "~/components/publishing/form-controls";
import { Spinner } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { cn } from "~/components/ui/cn";
import { parseAppError } from "~/trpc/parse-app-error";
import { useTRPC } from "~/trpc/react";
import { PublishedCheckbox } from "./published-checkbox";
import type { CollectionAdmin, UpdateCollectionData } from "./types";

type Values = { title: string; description: string; sortOrder: string; isPublished: boolean };
type Errors = Partial<Record<"title" | "description" | "sortOrder", string>>;

const valuesOf = (c: CollectionAdmin): Values => ({
  title: c.title,
  description: c.description,
  sortOrder: String(c.sortOrder),
  isPublished: c.isPublished,
});

/** The same limits the server applies, checked first so the message sits next to its field. */
function validate(v: Values): Errors {
  const errors: Errors = {};
  const title = v.title.trim();
  if (title.length < 3) errors.title = "Give the collection a title of at least 3 characters";
  else if (title.length > 80) errors.title = "Keep the title to 80 characters or fewer";
  if (v.description.trim().length > 500) errors.description = "Keep the description to 500 characters or fewer";
  const order = Number(v.sortOrder);
  if (v.sortOrder.trim() === "" || !Number.isInteger(order) || order < 0 || order > 10_000) {
    errors.sortOrder = "Give a whole number from 0 to 10000";
  }
  return errors;
}

/** Only the fields that changed: the server updates exactly the fields it is given. */
function changes(before: Values, after: Values): UpdateCollectionData {
  const data: UpdateCollectionData = {};
  if (after.title.trim() !== before.title) data.title = after.title.trim();
  if (after.description.trim() !== before.description) data.description = after.description.trim();
  if (Number(after.sortOrder) !== Number(before.sortOrder)) data.sortOrder = Number(after.sortOrder);
  if (after.isPublished !== before.isPublished) data.isPublished = after.isPublished;
  return data;
}

/** A collection's title, description, place on the home page and whether it is shown there. */
export function CollectionDetailsForm({ collection }: { collection: CollectionAdmin }) {
  const trpc = useTRPC();
  const router = useRouter();
  const headingId = useId();
  const saved = valuesOf(collection);
  const savedKey = JSON.stringify(saved);
  const [values, setValues] = useState<Values>(saved);
  const [syncedKey, setSyncedKey] = useState(savedKey);
  const [errors, setErrors] = useState<Errors>({});
  const [notice, setNotice] = useState<{ tone: "error" | "success"; message: string } | null>(null);

  // Saved here or elsewhere: the form shows what is saved now.
  if (savedKey !== syncedKey) {
    setSyncedKey(savedKey);
    setValues(saved);
  }

  const hasPublishedModule = collection.items.some((i) => i.status === "PUBLISHED");
  const update = useMutation(
    trpc.search.collections.update.mutationOptions({
      onSuccess: (c) => {
        const where = !c.isPublished
          ? "It is hidden from the home page."
          : hasPublishedModule
            ? "It is on the home page."
            : "It shows on the home page once it has a published module.";
        setNotice({ tone: "success", message: `Saved “${c.title}”. ${where}` });
        router.refresh();
      },
      onError: (error) => {
        const parsed = parseAppError(error);
        setNotice({ tone: "error", message: `The changes were not saved. ${parsed.message}` });
      },
    }),
  );

  const set = (patch: Partial<Values>) => {
    setValues((v) => ({ ...v, ...patch }));
    setNotice(null);
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setNotice({ tone: "error", message: "Check the highlighted fields." });
      event.currentTarget.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
      return;
    }
    const data = changes(saved, values);
    if (Object.keys(data).length === 0) {
      setNotice({ tone: "success", message: "Nothing to save: no field has changed." });
      return;
    }
    update.mutate({ id: collection.id, data });
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-labelledby={headingId} className="space-y-4">
      <h4 id={headingId} className="text-sm font-semibold text-zinc-900 dark:text-zinc-50">
        Details
      </h4>
      <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
        <Field label="Title" error={errors.title}>
          {(props) => (
            <input {...props} name="title" autoComplete="off" maxLength={80} value={values.title} onChange={(e) => set({ title: e.target.value })} className={INPUT_CLASSES} />
          )}
        </Field>
        <Field label="Order" error={errors.sortOrder}>
          {(props) => (
            <input
              {...props}
              name="sortOrder"
              type="number"
              inputMode="numeric"
              min={0}
              max={10_000}
              step={1}
              value={values.sortOrder}
              onChange={(e) => set({ sortOrder: e.target.value })}
              className={cn(INPUT_CLASSES, "tabular-nums")}
            />
          )}
        </Field>
      </div>
      <Field label="Description (optional)" hint="One line under the heading on the home page." error={errors.description}>
        {(props) => (
          <textarea {...props} name="description" rows={2} maxLength={500} value={values.description} onChange={(e) => set({ description: e.target.value })} className={INPUT_CLASSES} />
        )}
      </Field>
      <PublishedCheckbox
        checked={values.isPublished}
        onChange={(isPublished) => set({ isPublished })}
        hint={hasPublishedModule ? "Shown to everyone, in the order above, with its published modules." : "It appears once it has a published module."}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" aria-disabled={update.isPending}>
          {update.isPending ? (
            <>
              <Spinner className="size-4" />
              Saving details…
            </>
          ) : (
            "Save details"
          )}
        </Button>
      </div>
      <StatusMessage tone="error" message={notice?.tone === "error" ? notice.message : null} />
      <StatusMessage tone="success" message={notice?.tone === "success" ? notice.message : null} />
    </form>
  );
}
