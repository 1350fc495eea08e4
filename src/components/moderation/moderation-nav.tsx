import { SectionTabs } from "~/components/publishing/section-tabs";

/** The moderator's areas: the version review queue and reported reviews. */
export function ModerationNav({ current, openReports }: { current: "queue" | "reviews"; openReports?: number }) {
  return (
    <SectionTabs
      label="Moderation"
      current={current}
      items={[
        { key: "queue", href: "/moderation", label: "Version queue" },
        { key: "reviews", href: "/moderation/reviews", label: "Flagged reviews", count: openReports },
      ]}
    />
  );
}
