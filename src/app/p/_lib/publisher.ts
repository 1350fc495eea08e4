import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { api } from "~/trpc/server";
import { requireMe } from "../../_lib/session";

/**
 * The signed-in user's membership of a publisher ({ slug, name, isVerified, role }); anyone who
 * is not a member gets the 404 page, as the server would answer.
 */
export const loadMyPublisher = cache(async (slug: string, path: string) => {
  await requireMe(path);
  const publishers = await api.publishing.findMyPublishers();
  const publisher = publishers.find((p) => p.slug === slug);
  if (!publisher) notFound();
  return publisher;
});

/** "Module name · Publisher name" for titles, without failing the page for non-members. */
export async function publisherTitle(slug: string, section: string): Promise<string> {
  try {
    const publishers = await api.publishing.findMyPublishers();
    const name = publishers.find((p) => p.slug === slug)?.name;
    return name ? `${section} · ${name}` : section;
  } catch {
    return section;
  }
}
