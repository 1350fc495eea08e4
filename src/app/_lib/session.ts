import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { api } from "~/trpc/server";

/** The signed-in user with their tenants and publishers (one query per request), or null. */
export const getMe = cache(() => api.accounts.me());

/** The sign-in page, coming back to `path` afterwards. */
export const loginHref = (path: string): string => `/login?callbackUrl=${encodeURIComponent(path)}`;

/** The signed-in user, or a redirect to sign in (and back to `path`). */
export async function requireMe(path: string) {
  const me = await getMe();
  if (!me) redirect(loginHref(path));
  return me;
}
