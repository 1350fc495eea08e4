import type { Metadata } from "next";
import type { ApiToken } from "~/components/publishing/types";
import { Breadcrumbs } from "~/components/publishing/breadcrumbs";
import { CreateTokenForm, RevokeTokenButton } from "~/components/publishing/token-forms";
import { Badge, type BadgeTone } from "~/components/ui/badge";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { DateText, RelativeTime } from "~/components/ui/time";
import { env } from "~/env";
import { api } from "~/trpc/server";
import { loadMyPublisher, publisherTitle } from "../../_lib/publisher";

type Props = { params: Promise<{ publisher: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { publisher } = await params;
  return { title: await publisherTitle(publisher, "API tokens") };
}

const STATUS: Record<ApiToken["status"], { label: string; tone: BadgeTone }> = {
  active: { label: "Active", tone: "success" },
  expired: { label: "Expired", tone: "neutral" },
  revoked: { label: "Revoked", tone: "danger" },
};

const CELL = "px-4 py-3 whitespace-nowrap text-zinc-700 dark:text-zinc-300";

export default async function ApiTokensPage({ params }: Props) {
  const { publisher: slug } = await params;
  const publisher = await loadMyPublisher(slug, `/p/${slug}/tokens`);
  const tokens = await api.publishing.token.find({ publisher: publisher.slug });
  const origin = env.APP_URL.replace(/\/$/, "");

  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: `/p/${publisher.slug}`, label: publisher.name }, { label: "API tokens" }]} />
      <PageHeader
        title="API tokens"
        description={`Tokens let the adx-module CLI and your CI publish versions for ${publisher.name}. Each token works only for this publisher and expires.`}
      />

      <CreateTokenForm publisherSlug={publisher.slug} origin={origin} />

      <section aria-labelledby="tokens-heading" className="space-y-3">
        <h2 id="tokens-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
          Tokens
        </h2>
        {tokens.length === 0 ? (
          <EmptyState title="No tokens yet" headingLevel={3}>
            Create a token above to publish from your terminal or CI with <code className="font-mono">npx adx-module publish</code>.
          </EmptyState>
        ) : (
          <div className={cn(CARD_CLASSES, "relative overflow-x-auto")}>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">API tokens of {publisher.name}</caption>
              <thead className="border-b border-zinc-200 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:border-zinc-800 dark:text-zinc-400">
                <tr>
                  <th scope="col" className="px-4 py-3">
                    Name
                  </th>
                  <th scope="col" className="px-4 py-3">
                    Prefix
                  </th>
                  <th scope="col" className="px-4 py-3">
                    Created by
                  </th>
                  <th scope="col" className="px-4 py-3">
                    Created
                  </th>
                  <th scope="col" className="px-4 py-3">
                    Expires
                  </th>
                  <th scope="col" className="px-4 py-3">
                    Last used
                  </th>
                  <th scope="col" className="px-4 py-3">
                    Status
                  </th>
                  <th scope="col" className="px-4 py-3">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {tokens.map((t) => (
                  <tr key={t.id} className={t.status === "active" ? undefined : "text-zinc-500"}>
                    <th scope="row" className="px-4 py-3 font-medium text-zinc-900 dark:text-zinc-50">
                      {t.name}
                    </th>
                    <td className={CELL}>
                      <code className="font-mono text-xs">{t.prefix}_…</code>
                    </td>
                    <td className={CELL}>{t.createdByName}</td>
                    <td className={CELL}>
                      <DateText date={t.createdAt} />
                    </td>
                    <td className={CELL}>{t.expiresAt ? <DateText date={t.expiresAt} /> : "Never"}</td>
                    <td className={CELL}>{t.lastUsedAt ? <RelativeTime date={t.lastUsedAt} /> : "Never used"}</td>
                    <td className={CELL}>
                      <Badge tone={STATUS[t.status].tone}>{STATUS[t.status].label}</Badge>
                      {t.revokedAt ? (
                        <span className="ml-2 text-xs">
                          <DateText date={t.revokedAt} />
                        </span>
                      ) : null}
                    </td>
                    <td className="px-4 py-3 text-right">
                      {t.status === "active" ? <RevokeTokenButton publisherSlug={publisher.slug} id={t.id} name={t.name} /> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
