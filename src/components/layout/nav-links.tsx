"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "~/components/ui/cn";
import { LinkPending } from "~/components/ui/link-pending";

export type NavLink = { href: string; label: string; match: string };

function isActive(pathname: string, link: NavLink): boolean {
  if (link.match === "/") return pathname === "/" || pathname === "/modules" || pathname.startsWith("/modules/");
  return pathname === link.match || pathname.startsWith(`${link.match}/`);
}

/** The main navigation; the section you are in is marked with aria-current. */
export function NavLinks({ links, className }: { links: NavLink[]; className?: string }) {
  const pathname = usePathname();
  return (
    <ul role="list" className={cn("flex items-center gap-1", className)}>
      {links.map((link) => {
        const active = isActive(pathname, link);
        return (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "inline-flex h-9 items-center rounded-lg px-3 text-sm font-medium whitespace-nowrap transition-colors",
                active
                  ? "bg-zinc-100 text-zinc-900 dark:bg-zinc-800 dark:text-zinc-50"
                  : "text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100",
              )}
            >
              {link.label}
              <LinkPending />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
