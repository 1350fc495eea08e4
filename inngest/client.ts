import { Inngest } from "inngest";

/** The one Inngest client. Functions live in ./functions/<capability>/<verb-noun>.ts. */
export const inngest = new Inngest({ id: "adx-marketplace" });
