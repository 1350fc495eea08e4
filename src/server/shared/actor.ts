import type { PlatformRole } from "~/generated/prisma/enums";
import { AppError } from "./app-error";

/** Who is calling a capability function: a signed-in user, or nobody. */
export type Actor = { userId: string; platformRole: PlatformRole } | null;
export type SignedInActor = NonNullable<Actor>;

export function requireUser(actor: Actor): SignedInActor {
  if (!actor) throw new AppError("UNAUTHORIZED");
  return actor;
}

export const isModerator = (actor: Actor) =>
  actor?.platformRole === "MODERATOR" || actor?.platformRole === "ADMIN";

export const isPlatformAdmin = (actor: Actor) => actor?.platformRole === "ADMIN";

export function requireModerator(actor: Actor): SignedInActor {
  const user = requireUser(actor);
  if (!isModerator(user)) throw new AppError("FORBIDDEN", { userMessage: "Only moderators can do that." });
  return user;
}

export function requirePlatformAdmin(actor: Actor): SignedInActor {
  const user = requireUser(actor);
  if (!isPlatformAdmin(user)) throw new AppError("FORBIDDEN", { userMessage: "Only platform admins can do that." });
  return user;
}
