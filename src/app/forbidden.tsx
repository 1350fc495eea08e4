import type { Metadata } from "next";
import { Forbidden } from "~/components/ui/forbidden";

export const metadata: Metadata = { title: "Not allowed" };

export default function ForbiddenPage() {
  return (
    <Forbidden title="You don't have access to this page">
      Your account is signed in but its role doesn&apos;t allow this. If you think it should, ask an admin of your workspace or
      the ADX team.
    </Forbidden>
  );
}
