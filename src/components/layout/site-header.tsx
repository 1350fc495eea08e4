import Link from "next/link";
import type { Me } from "~/components/api-types";
import { type NavLink, NavLinks } from "./nav-links";
import { SignInLink } from "./sign-in-link";
import { TenantSwitcher } from "./tenant-switcher";
import { UserMenu } from "./user-menu";

/** The site header: logo, the sections this person can use, their workspace and account. */
export function SiteHeader({ me }: { me: Me | null }) {
  const links: NavLink[] = [{ href: "/", label: "Browse", match: "/" }];
  const firstTenant = me?.tenants[0];
  const firstPublisher = me?.publishers[0];
  if (firstTenant) links.push({ href: `/t/${firstTenant.slug}/modules`, label: "Workspace", match: "/t" });
  if (firstPublisher) links.push({ href: `/p/${firstPublisher.slug}`, label: "Publisher", match: "/p" });
  else links.push({ href: "/p/new", label: "For module authors", match: "/p" });
  if (me && (me.platformRole === "MODERATOR" || me.platformRole === "ADMIN")) {
    links.push({ href: "/moderation", label: "Moderation", match: "/moderation" });
  }

  return (
    <header className="sticky top-0 z-30 border-b border-zinc-200 bg-white/90 backdrop-blur supports-[backdrop-filter]:bg-white/75 dark:border-zinc-800 dark:bg-zinc-950/90 dark:supports-[backdrop-filter]:bg-zinc-950/75">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2 sm:px-6 lg:px-8">
        <Link href="/" className="flex h-10 items-center gap-2 rounded-lg text-base font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-8 shrink-0">
            <rect width="32" height="32" rx="8" className="fill-indigo-600" />
            <path d="M9 10h6v6H9zM17 16h6v6h-6zM17 10h6v4h-6zM9 18h6v4H9z" className="fill-white" />
          </svg>
          <span className={me && me.tenants.length > 0 ? "max-sm:sr-only" : undefined}>ADX Marketplace</span>
        </Link>
        <nav aria-label="Main" className="order-last -mx-1 w-full relative overflow-x-auto md:order-none md:mx-0 md:w-auto">
          <NavLinks links={links} className="px-1 md:px-0" />
        </nav>
        <div className="ml-auto flex items-center gap-2">
          {me ? (
            <>
              {me.tenants.length > 0 ? <TenantSwitcher tenants={me.tenants} /> : null}
              <Link
                href="/notifications"
                className="relative inline-flex size-9 items-center justify-center rounded-full text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
              >
                <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" className="size-5">
                  <path
                    d="M14.857 17.082a23.848 23.848 0 0 0 5.454-1.31A8.967 8.967 0 0 1 18 9.75V9A6 6 0 0 0 6 9v.75a8.967 8.967 0 0 1-2.312 6.022c1.733.64 3.56 1.085 5.455 1.31m5.714 0a24.255 24.255 0 0 1-5.714 0m5.714 0a3 3 0 1 1-5.714 0"
                    stroke="currentColor"
                    strokeWidth="1.5"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  />
                </svg>
                <span className="sr-only">
                  Notifications{me.unreadNotifications > 0 ? ` (${me.unreadNotifications} unread)` : ""}
                </span>
                {me.unreadNotifications > 0 ? (
                  <span aria-hidden="true" className="absolute -top-0.5 -right-0.5 min-w-4 rounded-full bg-indigo-600 px-1 text-center text-[10px] leading-4 font-semibold text-white">
                    {me.unreadNotifications > 99 ? "99+" : me.unreadNotifications}
                  </span>
                ) : null}
              </Link>
              <UserMenu me={{ name: me.name, email: me.email, platformRole: me.platformRole }} />
            </>
          ) : (
            <SignInLink />
          )}
        </div>
      </div>
    </header>
  );
}
