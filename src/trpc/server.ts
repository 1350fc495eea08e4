import "server-only";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { cache } from "react";
import { getCurrentActor } from "~/server/auth";
import { appRouter, createCaller } from "~/server/root";
import { createTRPCContext } from "~/server/trpc";
import { makeQueryClient } from "./query-client";

/** The tRPC context for the current request (server components), memoised per request. */
const createContext = cache(async () => createTRPCContext({ actor: await getCurrentActor() }));

export const getQueryClient = cache(makeQueryClient);

/** Server components read data through this caller: `await api.catalog.findModules({...})`. */
export const api = createCaller(createContext);

/** Options proxy for prefetching queries that client components hydrate. */
export const trpc = createTRPCOptionsProxy({ ctx: createContext, router: appRouter, queryClient: getQueryClient });
