import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getCurrentActor } from "~/server/auth";
import { appRouter } from "~/server/root";
import { createTRPCContext } from "~/server/trpc";

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => createTRPCContext({ actor: await getCurrentActor() }),
  });

export { handler as GET, handler as POST };
