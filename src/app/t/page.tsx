import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClasses } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { requireMe } from "../_lib/session";

export const metadata: Metadata = { title: "Workspaces" };

/** Opens your first workspace, or explains how to get one. */
export default async function WorkspacesPage() {
  const me = await requireMe("/t");
  const first = me.tenants[0];
  if (first) redirect(`/t/${first.slug}/modules`);
  return (
    <div className="space-y-8">
      <PageHeader title="Workspaces" />
      <EmptyState
        title="You're not in any workspace yet"
        action={
          <Link href="/" className={buttonClasses()}>
            Browse the marketplace
          </Link>
        }
      >
        A workspace is your organisation on ADX: its members, its modules and its data. Ask an owner or admin of your
        organisation&apos;s workspace to add {me.email} as a member; it will then appear here and in the header.
      </EmptyState>
    </div>
  );
}
