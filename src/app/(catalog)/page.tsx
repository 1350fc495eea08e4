import type { Metadata } from "next";
import { CatalogPage } from "../_lib/catalog";
import type { SearchParams } from "../_lib/search-params";

export const metadata: Metadata = { title: { absolute: "Browse modules · ADX Marketplace" } };

export default function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <CatalogPage basePath="/" searchParams={searchParams} />;
}
