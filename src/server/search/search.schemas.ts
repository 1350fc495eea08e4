import semver from "semver";
import { z } from "zod";
import { ZModuleCardSchema } from "~/server/catalog/catalog.schemas";
import { ZPaginationSchema, zPaged } from "~/server/shared/pagination";

// ───────────── search ─────────────

export const SEARCH_SORTS = ["relevance", "popular", "rating", "updated", "name"] as const;
export type TSearchSort = (typeof SEARCH_SORTS)[number];
export const MIN_RATING_VALUES = [4, 3, 2, 1] as const;

const ZSlugSchema = z.string().regex(/^[a-z0-9-]{1,64}$/, "Not a valid slug");
const ZQuerySchema = z.string().trim().max(100, "Search for at most 100 characters");

export const ZSearchRequestSchema = ZPaginationSchema.extend({
  q: ZQuerySchema.default(""),
  category: ZSlugSchema.optional(),
  pricing: z.enum(["free", "paid"]).optional(),
  /** Stars and up: modules whose average rating is at least this. */
  minRating: z.coerce.number().int().min(1).max(4).optional(),
  /** A core version (the tenant's): counts the modules whose latest published version supports it. */
  coreVersion: z
    .string()
    .max(64)
    .refine((v) => semver.valid(v) !== null, "Give a core version such as 2.3.0")
    .optional(),
  /** Only modules compatible with `coreVersion`. */
  compatibleOnly: z.boolean().default(false),
  /** Only modules from verified publishers. */
  verifiedOnly: z.boolean().default(false),
  /** Default: relevance when there is a query, popularity otherwise. */
  sort: z.enum(SEARCH_SORTS).optional(),
}).refine((r) => !r.compatibleOnly || r.coreVersion !== undefined, {
  message: "Give the core version to filter compatible modules by",
  path: ["compatibleOnly"],
});
export type TSearchRequest = z.input<typeof ZSearchRequestSchema>;

/** What a search backend receives: the parsed request, with the sort decided. */
export type TSearchQuery = Omit<z.output<typeof ZSearchRequestSchema>, "sort"> & { sort: TSearchSort };

export const ZHighlightSegmentSchema = z.object({ text: z.string(), isMatch: z.boolean() });
export type THighlightSegment = z.infer<typeof ZHighlightSegmentSchema>;

export const ZSearchHitSchema = ZModuleCardSchema.extend({
  /** Name and summary cut into plain-text segments; `isMatch` ones answer the query. Never HTML. */
  highlight: z.object({ name: z.array(ZHighlightSegmentSchema), summary: z.array(ZHighlightSegmentSchema) }),
});
export type TSearchHit = z.infer<typeof ZSearchHitSchema>;

/**
 * Counts for each filter value, each computed with the query and every *other* active filter (so
 * choosing "free" still shows how many paid modules there are).
 */
export const ZSearchFacetsSchema = z.object({
  categories: z.array(z.object({ slug: z.string(), name: z.string(), count: z.number().int() })),
  pricing: z.object({ free: z.number().int(), paid: z.number().int() }),
  minRating: z.array(z.object({ value: z.number().int(), count: z.number().int() })),
  /** Modules from verified publishers. */
  verified: z.number().int(),
  /** Modules compatible with `coreVersion`; null when no core version was given. */
  compatible: z.number().int().nullable(),
});
export type TSearchFacets = z.infer<typeof ZSearchFacetsSchema>;

export const ZSearchResponseSchema = zPaged(ZSearchHitSchema).extend({
  query: z.string(),
  sort: z.enum(SEARCH_SORTS),
  facets: ZSearchFacetsSchema,
  /** "Did you mean …" when the query found no or few modules; null otherwise. */
  suggestion: z.string().nullable(),
});
export type TSearchResponse = z.infer<typeof ZSearchResponseSchema>;

/** What a backend answers; searchModules() adds the paging fields. */
export type TSearchResult = { hits: TSearchHit[]; total: number; facets: TSearchFacets; suggestion: string | null };

// ───────────── search as you type ─────────────

export const ZSuggestRequestSchema = z.object({
  q: ZQuerySchema.pipe(z.string().min(1, "Type something to search for")),
  limit: z.coerce.number().int().min(1).max(10).default(6),
});
export type TSuggestRequest = z.input<typeof ZSuggestRequestSchema>;
export type TSuggestQuery = z.output<typeof ZSuggestRequestSchema>;

export const ZSuggestionSchema = z.object({ slug: z.string(), name: z.string(), highlight: z.array(ZHighlightSegmentSchema) });
export type TSuggestion = z.infer<typeof ZSuggestionSchema>;
export const ZSuggestResponseSchema = z.array(ZSuggestionSchema);

// ───────────── recommendations ─────────────

export const ZRecommendationsRequestSchema = z.object({
  slug: z.string().min(1).max(64),
  limit: z.coerce.number().int().min(1).max(24).default(6),
});
export type TRecommendationsRequest = z.input<typeof ZRecommendationsRequestSchema>;

export const ZPopularInCategoryResponseSchema = z.array(ZModuleCardSchema);

export const ZAlsoInstalledSchema = z.object({
  module: ZModuleCardSchema,
  /** How many tenants installed both modules: a count, never which tenants. */
  tenantCount: z.number().int(),
});
export const ZAlsoInstalledResponseSchema = z.array(ZAlsoInstalledSchema);
export type TAlsoInstalled = z.infer<typeof ZAlsoInstalledSchema>;

// ───────────── featured collections ─────────────

// No defaults here: an update changes only the fields it names.
const ZCollectionFieldsSchema = z.object({
  slug: ZSlugSchema,
  title: z.string().trim().min(3, "Give the collection a title of at least 3 characters").max(80),
  description: z.string().trim().max(500),
  sortOrder: z.coerce.number().int().min(0).max(10_000),
  isPublished: z.boolean(),
});

export const ZCreateCollectionRequestSchema = ZCollectionFieldsSchema.extend({
  description: ZCollectionFieldsSchema.shape.description.default(""),
  sortOrder: ZCollectionFieldsSchema.shape.sortOrder.default(0),
  isPublished: ZCollectionFieldsSchema.shape.isPublished.default(true),
});
export type TCreateCollectionRequest = z.input<typeof ZCreateCollectionRequestSchema>;

export const ZUpdateCollectionRequestSchema = z.object({
  id: z.string().min(1).max(64),
  data: ZCollectionFieldsSchema.partial().refine((d) => Object.keys(d).length > 0, "Change at least one field"),
});
export type TUpdateCollectionRequest = z.input<typeof ZUpdateCollectionRequestSchema>;

export const ZDeleteCollectionRequestSchema = z.object({ id: z.string().min(1).max(64) });

export const MAX_COLLECTION_ITEMS = 50;
export const ZSetCollectionItemsRequestSchema = z.object({
  id: z.string().min(1).max(64),
  /** Module slugs in display order; replaces the collection's items. */
  moduleSlugs: z
    .array(z.string().min(1).max(64))
    .max(MAX_COLLECTION_ITEMS, `A collection holds at most ${MAX_COLLECTION_ITEMS} modules`)
    .refine((s) => new Set(s).size === s.length, "Each module can be in a collection once"),
});
export type TSetCollectionItemsRequest = z.input<typeof ZSetCollectionItemsRequestSchema>;

/** A published collection as the home page shows it: its published modules in order. */
export const ZCollectionSchema = z.object({
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  modules: z.array(ZModuleCardSchema),
});
export type TCollection = z.infer<typeof ZCollectionSchema>;
export const ZFindCollectionsResponseSchema = z.array(ZCollectionSchema);

/** A collection as moderators edit it: every item, whatever its module's status. */
export const ZCollectionAdminSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  sortOrder: z.number().int(),
  isPublished: z.boolean(),
  createdAt: z.date(),
  items: z.array(
    z.object({
      position: z.number().int(),
      slug: z.string(),
      name: z.string(),
      status: z.enum(["DRAFT", "PUBLISHED", "TAKEN_DOWN"]),
    }),
  ),
});
export type TCollectionAdmin = z.infer<typeof ZCollectionAdminSchema>;
export const ZFindAllCollectionsResponseSchema = z.array(ZCollectionAdminSchema);
export const ZDeleteCollectionResponseSchema = z.object({ id: z.string() });
