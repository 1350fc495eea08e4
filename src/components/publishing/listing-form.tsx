"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import type { ModuleCard as TModuleCard } from "~/components/api-types";
import { ModuleCard } from "~/components/catalog/module-card";
import { Spinner } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { parseAppError } from "~/trpc/parse-app-error";
import { useTRPC } from "~/trpc/react";
import { DescriptionEditor } from "./description-editor";
import { Field, INPUT_CLASSES, LABEL_CLASSES, StatusMessage } from "./form-controls";
import { slugify, slugProblem } from "./slug";

export type PricingModel = "FREE" | "ONE_TIME" | "SUBSCRIPTION";
export type BillingInterval = "MONTH" | "YEAR";

export type ListingValues = {
  slug: string;
  name: string;
  summary: string;
  description: string;
  categorySlug: string;
  tags: string[];
  pricingModel: PricingModel;
  priceCents: number;
  billingInterval: BillingInterval | null;
};

type FieldName = "name" | "slug" | "summary" | "description" | "categorySlug" | "tags" | "price";
type Errors = Partial<Record<FieldName, string>>;

const SUMMARY_MAX = 160;
const TAG_PATTERN = /^[a-z0-9-]{1,32}$/;
const MAX_TAGS = 10;

const PRICING_OPTIONS: { value: PricingModel; label: string; hint: string }[] = [
  { value: "FREE", label: "Free", hint: "Anyone can install it." },
  { value: "ONE_TIME", label: "One-time", hint: "Each workspace pays once." },
  { value: "SUBSCRIPTION", label: "Subscription", hint: "Billed monthly or yearly." },
];

export function parseTags(text: string): string[] {
  return [...new Set(text.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

/** "19.99" or "$1,200" → cents; null when it isn't a number. */
export function dollarsToCents(text: string): number | null {
  const cleaned = text.replace(/[$,\s]/g, "");
  if (!/^\d+(\.\d{0,2})?$/.test(cleaned)) return null;
  return Math.round(Number.parseFloat(cleaned) * 100);
}

const centsToDollars = (cents: number): string => (cents > 0 ? (cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2)) : "");

function validate(v: { name: string; slug: string; summary: string; categorySlug: string; tags: string[]; pricingModel: PricingModel; price: string }, withSlug: boolean): Errors {
  const errors: Errors = {};
  if (v.name.trim().length < 2) errors.name = "A name needs at least 2 characters.";
  if (withSlug) {
    const problem = slugProblem(v.slug);
    if (problem) errors.slug = problem;
  }
  const summary = v.summary.trim().length;
  if (summary < 10) errors.summary = "A summary needs at least 10 characters.";
  else if (summary > SUMMARY_MAX) errors.summary = `Keep the summary to ${SUMMARY_MAX} characters.`;
  if (!v.categorySlug) errors.categorySlug = "Choose a category.";
  const badTag = v.tags.find((t) => !TAG_PATTERN.test(t));
  if (badTag) errors.tags = `“${badTag}” isn't a valid tag: use lowercase letters, digits and dashes (up to 32).`;
  else if (v.tags.length > MAX_TAGS) errors.tags = `At most ${MAX_TAGS} tags.`;
  if (v.pricingModel !== "FREE") {
    const cents = dollarsToCents(v.price);
    if (cents === null) errors.price = "Enter a price in dollars, like 19 or 19.99.";
    else if (cents < 100) errors.price = "A paid module costs at least $1.00.";
    else if (cents > 1_000_000) errors.price = "The price can be at most $10,000.";
  }
  return errors;
}

const SERVER_FIELDS: Record<string, FieldName> = {
  name: "name",
  slug: "slug",
  summary: "summary",
  description: "description",
  categorySlug: "categorySlug",
  tags: "tags",
  pricingModel: "price",
  priceCents: "price",
  billingInterval: "price",
};

/**
 * A module's listing: name, slug, summary, category, tags, pricing and description, with a live
 * preview of its catalog card. Creates a draft listing, or edits an existing one.
 */
export function ListingForm({
  mode,
  publisher,
  categories,
  initial,
  iconUrl = null,
}: {
  mode: "create" | "edit";
  publisher: { slug: string; name: string; isVerified: boolean };
  categories: { slug: string; name: string }[];
  initial?: ListingValues;
  iconUrl?: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const formId = useId();
  const [name, setName] = useState(initial?.name ?? "");
  const [slug, setSlug] = useState(initial?.slug ?? "");
  const [isSlugEdited, setIsSlugEdited] = useState(mode === "edit");
  const [summary, setSummary] = useState(initial?.summary ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [categorySlug, setCategorySlug] = useState(initial?.categorySlug ?? "");
  const [tagText, setTagText] = useState((initial?.tags ?? []).join(", "));
  const [pricingModel, setPricingModel] = useState<PricingModel>(initial?.pricingModel ?? "FREE");
  const [price, setPrice] = useState(centsToDollars(initial?.priceCents ?? 0));
  const [billing, setBilling] = useState<BillingInterval>(initial?.billingInterval ?? "MONTH");
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const tags = parseTags(tagText);
  const cents = pricingModel === "FREE" ? 0 : (dollarsToCents(price) ?? 0);
  const category = categories.find((c) => c.slug === categorySlug);

  function onServerError(error: unknown) {
    const parsed = parseAppError(error);
    const next: Errors = {};
    const unplaced: string[] = [];
    for (const [key, messages] of Object.entries(parsed.fieldErrors)) {
      const field = SERVER_FIELDS[key];
      if (field && messages?.[0]) next[field] ??= messages[0];
      else if (messages?.[0]) unplaced.push(...messages);
    }
    if (parsed.code === "CONFLICT" && mode === "create") next.slug ??= parsed.message;
    setErrors(next);
    setSaved(null);
    const lead = Object.keys(next).length > 0 ? "Check the highlighted fields." : parsed.message;
    setFormError(unplaced.length > 0 ? `${lead} ${unplaced.join(" ")}` : lead);
  }

  const create = useMutation(
    trpc.publishing.module.create.mutationOptions({
      onSuccess: (module) => router.push(`/p/${publisher.slug}/modules/${module.slug}`),
      onError: onServerError,
    }),
  );
  const update = useMutation(
    trpc.publishing.module.update.mutationOptions({
      onSuccess: () => {
        setSaved("Listing saved.");
        router.refresh();
      },
      onError: onServerError,
    }),
  );
  const isPending = create.isPending || update.isPending || create.isSuccess;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const found = validate({ name, slug, summary, categorySlug, tags, pricingModel, price }, mode === "create");
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError("Check the highlighted fields.");
      const first = (["name", "slug", "summary", "categorySlug", "tags", "price"] as const).find((k) => found[k]);
      if (first) event.currentTarget.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    setFormError(null);
    const pricing = {
      pricingModel,
      priceCents: pricingModel === "FREE" ? 0 : cents,
      billingInterval: pricingModel === "SUBSCRIPTION" ? billing : null,
    };
    const fields = { name: name.trim(), summary: summary.trim(), description, categorySlug, tags, ...pricing };
    if (mode === "create") create.mutate({ publisher: publisher.slug, slug, ...fields });
    else update.mutate({ publisher: publisher.slug, slug, data: fields });
  }

  const preview: TModuleCard = {
    slug: slug || "your-module",
    name: name.trim() || "Your module",
    summary: summary.trim() || "Your one-line summary appears here.",
    iconUrl,
    publisher: { slug: publisher.slug, name: publisher.name, isVerified: publisher.isVerified },
    category: { slug: categorySlug, name: category?.name ?? "Category" },
    rating: { average: 0, count: 0 },
    price: { model: pricingModel, cents, currency: "usd", interval: pricingModel === "SUBSCRIPTION" ? billing : null },
    activeInstalls: 0,
    isFeatured: false,
    latestVersion: null,
    updatedAt: new Date(0),
  };

  const summaryLength = summary.trim().length;

  return (
    <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <form id={formId} onSubmit={handleSubmit} noValidate className={cn(CARD_CLASSES, "space-y-6 p-6")}>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field label="Name" error={errors.name} hint="As tenants see it, like “Invoices”.">
            {(props) => (
              <input
                {...props}
                data-field="name"
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
          {mode === "create" ? (
            <Field
              label="Slug"
              error={errors.slug}
              hint={
                <>
                  The module&apos;s id, used in its address and as <code className="font-mono">name</code> in{" "}
                  <code className="font-mono">module.toml</code>. It can&apos;t be changed later.
                </>
              }
            >
              {(props) => (
                <input
                  {...props}
                  data-field="slug"
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
          ) : (
            <div className="space-y-1.5">
              <p className={LABEL_CLASSES}>Slug</p>
              <p className="flex h-[2.375rem] items-center font-mono text-sm text-zinc-700 dark:text-zinc-300">{slug}</p>
              <p className="text-xs text-zinc-600 dark:text-zinc-400">Slugs can&apos;t be changed.</p>
            </div>
          )}
        </div>

        <Field
          label="Summary"
          error={errors.summary}
          hint="One line for the catalog card and search results."
          aside={
            <span
              className={cn(
                "text-xs tabular-nums",
                summaryLength > SUMMARY_MAX ? "font-semibold text-red-700 dark:text-red-300" : "text-zinc-600 dark:text-zinc-400",
              )}
            >
              {summaryLength}/{SUMMARY_MAX}
              <span className="sr-only"> characters</span>
            </span>
          }
        >
          {(props) => (
            <input
              {...props}
              data-field="summary"
              maxLength={SUMMARY_MAX + 20}
              required
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
              className={INPUT_CLASSES}
            />
          )}
        </Field>

        <div className="grid gap-5 sm:grid-cols-2">
          <Field label="Category" error={errors.categorySlug}>
            {(props) => (
              <select
                {...props}
                data-field="categorySlug"
                required
                value={categorySlug}
                onChange={(e) => setCategorySlug(e.target.value)}
                className={cn(INPUT_CLASSES, "h-[2.375rem]")}
              >
                <option value="" disabled>
                  Choose a category…
                </option>
                {categories.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Tags" error={errors.tags} hint={`Separate with commas; up to ${MAX_TAGS}.`}>
            {(props) => (
              <input
                {...props}
                data-field="tags"
                autoCapitalize="none"
                spellCheck={false}
                placeholder="crm, sales, pipeline"
                value={tagText}
                onChange={(e) => setTagText(e.target.value)}
                className={INPUT_CLASSES}
              />
            )}
          </Field>
        </div>
        {tags.length > 0 ? (
          <ul role="list" aria-label="Tags" className="-mt-3 flex flex-wrap gap-1.5">
            {tags.map((tag) => {
              const isValid = TAG_PATTERN.test(tag);
              return (
                <li key={tag}>
                  <span
                    className={cn(
                      "inline-flex items-center gap-1 rounded-full py-0.5 pr-1 pl-2.5 text-xs font-medium ring-1 ring-inset",
                      isValid
                        ? "bg-indigo-50 text-indigo-800 ring-indigo-600/20 dark:bg-indigo-500/15 dark:text-indigo-100 dark:ring-indigo-400/30"
                        : "bg-red-50 text-red-800 ring-red-600/30 dark:bg-red-500/15 dark:text-red-100 dark:ring-red-400/30",
                    )}
                  >
                    {tag}
                    {isValid ? null : <span className="sr-only"> (not a valid tag)</span>}
                    <button
                      type="button"
                      onClick={() => setTagText(tags.filter((t) => t !== tag).join(", "))}
                      className="inline-flex size-4 items-center justify-center rounded-full hover:bg-black/10 dark:hover:bg-white/15"
                    >
                      <span aria-hidden="true">×</span>
                      <span className="sr-only">Remove tag {tag}</span>
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        ) : null}

        <fieldset className="space-y-3">
          <legend className={LABEL_CLASSES}>Pricing</legend>
          <div className="grid gap-2 sm:grid-cols-3">
            {PRICING_OPTIONS.map((option) => (
              <label
                key={option.value}
                className={cn(
                  "flex cursor-pointer gap-3 rounded-lg p-3 ring-1 ring-inset has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-indigo-600",
                  pricingModel === option.value
                    ? "bg-indigo-50 ring-indigo-600 dark:bg-indigo-500/10 dark:ring-indigo-400"
                    : "ring-zinc-300 hover:bg-zinc-50 dark:ring-zinc-700 dark:hover:bg-zinc-800/50",
                )}
              >
                <input
                  type="radio"
                  name={`${formId}-pricing`}
                  value={option.value}
                  checked={pricingModel === option.value}
                  onChange={() => setPricingModel(option.value)}
                  aria-describedby={`${formId}-pricing-${option.value}`}
                  className="mt-0.5 accent-indigo-600 focus-visible:outline-none"
                />
                <span>
                  <span className="block text-sm font-medium text-zinc-900 dark:text-zinc-100">{option.label}</span>
                  {/* Read as the radio's description, not as part of its name. */}
                  <span id={`${formId}-pricing-${option.value}`} aria-hidden="true" className="block text-xs text-zinc-600 dark:text-zinc-400">
                    {option.hint}
                  </span>
                </span>
              </label>
            ))}
          </div>
          {pricingModel !== "FREE" ? (
            <div className="grid gap-5 sm:grid-cols-2">
              <Field label={pricingModel === "SUBSCRIPTION" ? "Price per period (USD)" : "Price (USD)"} error={errors.price}>
                {(props) => (
                  <div className="relative">
                    <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-sm text-zinc-500">
                      $
                    </span>
                    <input
                      {...props}
                      data-field="price"
                      inputMode="decimal"
                      autoComplete="off"
                      placeholder="19.00"
                      value={price}
                      onChange={(e) => setPrice(e.target.value)}
                      className={cn(INPUT_CLASSES, "pl-7 tabular-nums")}
                    />
                  </div>
                )}
              </Field>
              {pricingModel === "SUBSCRIPTION" ? (
                <fieldset className="space-y-1.5">
                  <legend className={LABEL_CLASSES}>Billed</legend>
                  <div className="flex h-[2.375rem] items-center gap-5">
                    {(["MONTH", "YEAR"] as const).map((value) => (
                      <label key={value} className="inline-flex items-center gap-2 text-sm text-zinc-800 dark:text-zinc-200">
                        <input
                          type="radio"
                          name={`${formId}-interval`}
                          value={value}
                          checked={billing === value}
                          onChange={() => setBilling(value)}
                          className="accent-indigo-600"
                        />
                        {value === "MONTH" ? "Monthly" : "Yearly"}
                      </label>
                    ))}
                  </div>
                </fieldset>
              ) : null}
            </div>
          ) : null}
        </fieldset>

        <DescriptionEditor value={description} onChange={setDescription} error={errors.description} />

        <StatusMessage tone="error" message={formError} />
        <StatusMessage tone="success" message={saved} />

        <div className="flex flex-wrap items-center justify-end gap-3">
          {mode === "create" ? (
            <p className="mr-auto text-xs text-zinc-600 dark:text-zinc-400">The listing stays a draft until a moderator approves its first version.</p>
          ) : null}
          <Button type="submit" size="lg" disabled={isPending}>
            {isPending ? (
              <>
                <Spinner className="size-4" />
                {mode === "create" ? "Creating…" : "Saving…"}
              </>
            ) : mode === "create" ? (
              "Create listing"
            ) : (
              "Save listing"
            )}
          </Button>
        </div>
      </form>

      <aside aria-labelledby={`${formId}-preview`} className="space-y-3 lg:sticky lg:top-20">
        <h2 id={`${formId}-preview`} className="text-sm font-semibold text-zinc-900 dark:text-zinc-50">
          Catalog card preview
        </h2>
        {/* inert: the preview's link must not be focusable or followed */}
        <div inert>
          <ModuleCard module={preview} />
        </div>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">This is how your listing appears in search results and categories.</p>
      </aside>
    </div>
  );
}
