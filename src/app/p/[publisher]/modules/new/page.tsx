import type { Metadata } from "next";
import { Breadcrumbs } from "~/components/publishing/breadcrumbs";
import { ListingForm } from "~/components/publishing/listing-form";
import { PageHeader } from "~/components/ui/page-header";
import { api } from "~/trpc/server";
import { loadMyPublisher, publisherTitle } from "../../../_lib/publisher";

type Props = { params: Promise<{ publisher: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { publisher } = await params;
  return { title: await publisherTitle(publisher, "New listing") };
}

export default async function NewListingPage({ params }: Props) {
  const { publisher: slug } = await params;
  const [publisher, categories] = await Promise.all([loadMyPublisher(slug, `/p/${slug}/modules/new`), api.catalog.findCategories()]);
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: `/p/${publisher.slug}`, label: publisher.name }, { label: "New listing" }]} />
      <PageHeader
        title="New listing"
        description="Describe your module for tenants. You upload its first version next; the listing goes live when a moderator approves it."
      />
      <ListingForm mode="create" publisher={publisher} categories={categories.map((c) => ({ slug: c.slug, name: c.name }))} />
    </div>
  );
}
