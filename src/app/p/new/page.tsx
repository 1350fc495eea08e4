import type { Metadata } from "next";
import { NewPublisherForm } from "~/components/publishing/new-publisher-form";
import { PageHeader } from "~/components/ui/page-header";
import { env } from "~/env";
import { requireMe } from "../../_lib/session";

export const metadata: Metadata = { title: "Become a publisher" };

export default async function NewPublisherPage() {
  const me = await requireMe("/p/new");
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <PageHeader
        title="Become a publisher"
        description="A publisher lists and sells modules in the marketplace: you, or your company. You can invite teammates later."
      />
      {me.publishers.length > 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          You already belong to {me.publishers.map((p) => p.name).join(", ")}. Create another publisher only for a separate brand or company.
        </p>
      ) : null}
      <NewPublisherForm origin={env.APP_URL.replace(/\/$/, "")} />
    </div>
  );
}
