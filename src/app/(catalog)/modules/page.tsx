import type { Metadata } from "next";
import { CatalogPage } from "../../_lib/catalog";
import type { SearchParams } from "../../_lib/search-params";

export const metadata: Metadata = { title: "All modules" };

export default function ModulesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <CatalogPage basePath="/modules" searchParams={searchParams} />;
}
