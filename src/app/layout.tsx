import type { Metadata, Viewport } from "next";
import { unstable_rethrow } from "next/navigation";
import type { ReactNode } from "react";
import type { Me } from "~/components/api-types";
import { SiteFooter } from "~/components/layout/site-footer";
import { SiteHeader } from "~/components/layout/site-header";
import { TRPCReactProvider } from "~/trpc/react";
import { getMe } from "./_lib/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { template: "%s · ADX Marketplace", default: "ADX Marketplace" },
  description: "Discover, buy and install reviewed modules for your ADX workspace.",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

async function loadMe(): Promise<Me | null> {
  try {
    return await getMe();
  } catch (error) {
    // Next.js signals (dynamic rendering, redirects) must pass through.
    unstable_rethrow(error);
    // Otherwise the header must not take the whole page down; the page itself reports what failed.
    return null;
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const me = await loadMe();
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col font-sans">
        <a
          href="#main"
          className="sr-only z-50 rounded-lg bg-indigo-600 px-4 py-2 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
        >
          Skip to content
        </a>
        <TRPCReactProvider>
          <SiteHeader me={me} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-8 sm:px-6 lg:px-8 lg:py-10">
            {children}
          </main>
          <SiteFooter />
        </TRPCReactProvider>
      </body>
    </html>
  );
}
