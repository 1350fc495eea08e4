import { TRPCError } from "@trpc/server";

/** True when a server-caller call failed with this tRPC code (AppErrors arrive mapped to tRPC codes). */
export function hasTrpcCode(error: unknown, ...codes: TRPCError["code"][]): boolean {
  return error instanceof TRPCError && codes.includes(error.code);
}
