import type { ModuleCardRow } from "./catalog.queries";
import type { TModuleCard } from "./catalog.schemas";

export function toModuleCard(row: ModuleCardRow): TModuleCard {
  return {
    slug: row.slug,
    name: row.name,
    summary: row.summary,
    iconUrl: row.iconUrl,
    publisher: row.publisher,
    category: row.category,
    rating: { average: row.ratingAverage, count: row.ratingCount },
    price: { model: row.pricingModel, cents: row.priceCents, currency: row.currency, interval: row.billingInterval },
    activeInstalls: row.activeInstalls,
    isFeatured: row.isFeatured,
    latestVersion: row.latestVersion?.version ?? null,
    updatedAt: row.updatedAt,
  };
}
