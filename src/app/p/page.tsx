import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClasses } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { requireMe } from "../_lib/session";

export const metadata: Metadata = { title: "Publishing" };

/** Opens your first publisher's dashboard, or explains what a publisher is. */
export default async function PublishersPage() {
  const me = await requireMe("/p");
  const first = me.publishers[0];
  if (first) redirect(`/p/${first.slug}`);
  return (
    <div className="space-y-8">
      <PageHeader title="Publishing" />
      <EmptyState
        title="You're not part of a publisher yet"
        action={
          <>
            <Link href="/p/new" className={buttonClasses()}>
              Become a publisher
            </Link>
            <Link href="/" className={buttonClasses({ variant: "secondary" })}>
              Browse the marketplace
            </Link>
          </>
        }
      >
        Module authors list and sell their modules through a publisher: a person or a company with its own listings, payouts
        and API tokens. Create one now, or, if your team already has one, ask its owner to add {me.email}; it will then appear
        in the header.
      </EmptyState>
    </div>
  );
}
