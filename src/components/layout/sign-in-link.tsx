"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { buttonClasses } from "~/components/ui/button";

/** "Sign in", returning to the page you were on afterwards. */
export function SignInLink() {
  const pathname = usePathname();
  const back = pathname && pathname !== "/" && !pathname.startsWith("/login") ? `?callbackUrl=${encodeURIComponent(pathname)}` : "";
  return (
    <Link href={`/login${back}`} className={buttonClasses({ size: "sm" })}>
      Sign in
    </Link>
  );
}
