import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { api } from "~/trpc/server";
import { getMe, requireMe } from "./session";
import { hasTrpcCode } from "./trpc-errors";

/**
 * The workspace overview for a member; anyone else gets the 404 page (the server answers
 * NOT_FOUND for non-members so other tenants' existence is not revealed). Cached per request so
 * the layout and the page share one call.
 */
export const loadTenant = cache(async (slug: string) => {
  try {
    return await api.tenancy.getOverview({ tenant: slug });
  } catch (error) {
    if (hasTrpcCode(error, "NOT_FOUND", "BAD_REQUEST")) notFound();
    throw error;
  }
});

/** Signed in (or redirected to sign in and back to `path`), and a member of the workspace. */
export async function requireTenant(slug: string, path: string) {
  await requireMe(path);
  return loadTenant(slug);
}

export const canManageTenant = (role: "OWNER" | "ADMIN" | "MEMBER"): boolean => role === "OWNER" || role === "ADMIN";

/** "Modules · Acme Corporation" for members; non-members get the 404 page (and its title). */
export async function tenantTitle(slug: string, section: string): Promise<string> {
  if (!(await getMe())) return section;
  const tenant = await loadTenant(slug);
  return `${section} · ${tenant.name}`;
}
