import type { RouterInputs, RouterOutputs } from "~/components/api-types";

export type AuthorModule = RouterOutputs["publishing"]["module"]["get"];
export type AuthorVersion = AuthorModule["versions"][number];
export type ApiToken = RouterOutputs["publishing"]["token"]["find"][number];
export type VersionReview = RouterOutputs["moderation"]["version"]["get"];
export type ModerateAction = RouterInputs["moderation"]["version"]["moderate"]["action"];
