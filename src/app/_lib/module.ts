import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { ModuleDetail } from "~/components/api-types";
import { api } from "~/trpc/server";
import { hasTrpcCode } from "./trpc-errors";

/**
 * A module's page data, or the 404 page for unknown modules and for drafts the caller may not
 * see. One call per request, shared by the segment layout, generateMetadata and the page.
 */
export const loadModule = cache(async (slug: string): Promise<ModuleDetail> => {
  if (!/^[a-z0-9-]{1,64}$/.test(slug)) notFound();
  try {
    return await api.catalog.getModule({ slug });
  } catch (error) {
    if (hasTrpcCode(error, "NOT_FOUND", "BAD_REQUEST")) notFound();
    throw error;
  }
});
