import { Forbidden } from "~/components/ui/forbidden";

/** What a signed-in non-moderator sees on the moderation pages. */
export function NotAModerator() {
  return (
    <Forbidden title="Only moderators can open the moderation pages">
      The review queue, flagged reviews and featured collections are handled by the ADX moderation team. If you publish modules, your
      publisher dashboard shows where each of your submissions is in review.
    </Forbidden>
  );
}
