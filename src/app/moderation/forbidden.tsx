import { NotAModerator } from "~/components/moderation/not-a-moderator";

export default function ModerationForbidden() {
  return <NotAModerator />;
}
