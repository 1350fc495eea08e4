import { SectionTabs } from "~/components/publishing/section-tabs";

/** The moderator's areas: the version review queue, reported reviews and the home page's featured collections. */
export function ModerationNav({ current, openReports }: { current: "queue" | "reviews" | "collections"; openReports?: number }) {
  return (
    <SectionTabs
      label="Moderation"
      current={current}
      items={[
        { key: "queue", href: "/moderation", label: "Version queue" },
        { key: "reviews", href: "/moderation/reviews", label: "Flagged reviews", count: openReports },
        { key: "collections", href: "/moderation/collections", label: "Collections" },
      ]}
    />
  );
}
