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
import { Field, firstError, INPUT_CLASSES, StatusMessage } from "./form-controls";
import { slugify, slugProblem } from "./slug";

type Errors = Partial<Record<"name" | "slug" | "description" | "website", string>>;

function validate(values: { name: string; slug: string; website: string }): Errors {
  const errors: Errors = {};
  if (values.name.trim().length < 2) errors.name = "A name needs at least 2 characters.";
  const slug = slugProblem(values.slug);
  if (slug) errors.slug = slug;
  if (values.website.trim()) {
    try {
      const url = new URL(values.website.trim());
      if (url.protocol !== "https:" && url.protocol !== "http:") errors.website = "Use an http:// or https:// address.";
    } catch {
      errors.website = "Enter a full address, like https://example.com.";
    }
  }
  return errors;
}

/** "Become a publisher": a name, a slug suggested from it, and optional details. */
export function NewPublisherForm({ origin }: { origin: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [isSlugEdited, setIsSlugEdited] = useState(false);
  const [description, setDescription] = useState("");
  const [website, setWebsite] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const create = useMutation(
    trpc.publishing.publisher.create.mutationOptions({
      onSuccess: (publisher) => {
        router.push(`/p/${publisher.slug}`);
        // The header lists the new publisher once the layout is rendered again.
        router.refresh();
      },
      onError: (error) => {
        const parsed = parseAppError(error);
        setFormError(parsed.message);
        setErrors({
          name: firstError(parsed.fieldErrors, "name") ?? undefined,
          slug: firstError(parsed.fieldErrors, "slug") ?? (parsed.code === "CONFLICT" ? "This slug is taken." : undefined),
          description: firstError(parsed.fieldErrors, "description") ?? undefined,
          website: firstError(parsed.fieldErrors, "website") ?? undefined,
        });
      },
    }),
  );
  const isBusy = create.isPending || create.isSuccess;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate({ name, slug, website });
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) {
      setFormError("Check the highlighted fields.");
      const firstKey = (["name", "slug", "website"] as const).find((k) => found[k]);
      if (firstKey) event.currentTarget.querySelector<HTMLElement>(`[name="${firstKey}"]`)?.focus();
      return;
    }
    create.mutate({ name: name.trim(), slug, description: description.trim(), website: website.trim() || null });
  }

  return (
    <form onSubmit={handleSubmit} noValidate className={cn(CARD_CLASSES, "space-y-5 p-6")}>
      <Field label="Publisher name" hint="Shown on every listing, like “Northwind Labs”." error={errors.name}>
        {(props) => (
          <input
            {...props}
            name="name"
            autoComplete="organization"
            maxLength={80}
            required
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              if (!isSlugEdited) setSlug(slugify(e.target.value));
            }}
            className={INPUT_CLASSES}
          />
        )}
      </Field>

      <Field
        label="Slug"
        hint={
          <>
            Your publisher&apos;s address: <span className="font-mono">{origin}/p/{slug || "your-slug"}</span>. It can&apos;t be changed later.
          </>
        }
        error={errors.slug}
      >
        {(props) => (
          <input
            {...props}
            name="slug"
            autoCapitalize="none"
            autoComplete="off"
            spellCheck={false}
            maxLength={48}
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

      <Field label="Description (optional)" hint="A sentence or two about who you are." error={errors.description}>
        {(props) => (
          <textarea
            {...props}
            name="description"
            rows={3}
            maxLength={2000}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            className={INPUT_CLASSES}
          />
        )}
      </Field>

      <Field label="Website (optional)" error={errors.website}>
        {(props) => (
          <input
            {...props}
            name="website"
            type="url"
            inputMode="url"
            autoComplete="url"
            placeholder="https://example.com"
            maxLength={300}
            value={website}
            onChange={(e) => setWebsite(e.target.value)}
            className={INPUT_CLASSES}
          />
        )}
      </Field>

      <StatusMessage tone="error" message={formError} />

      <div className="flex justify-end">
        <Button type="submit" size="lg" disabled={isBusy}>
          {isBusy ? (
            <>
              <Spinner className="size-4" />
              Creating…
            </>
          ) : (
            "Create publisher"
          )}
        </Button>
      </div>
    </form>
  );
}
