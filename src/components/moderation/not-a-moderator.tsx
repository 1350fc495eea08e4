import { Forbidden } from "~/components/ui/forbidden";

/** What a signed-in non-moderator sees on /moderation. */
export function NotAModerator() {
  return (
    <Forbidden title="Only moderators can see the review queue">
      Submitted versions are reviewed by the ADX moderation team. If you publish modules, your publisher dashboard shows where
      each of your submissions is in review.
    </Forbidden>
  );
}
