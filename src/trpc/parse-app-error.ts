import { TRPCClientError } from "@trpc/client";

export type ParsedAppError = {
  message: string;
  code: string | null;
  details: unknown;
  fieldErrors: Record<string, string[] | undefined>;
};

/** The one way client components read an error: a message for people, plus structured details. */
export function parseAppError(error: unknown): ParsedAppError {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? {}) as {
      appCode?: string | null;
      details?: unknown;
      zodError?: { fieldErrors?: Record<string, string[] | undefined> } | null;
      code?: string;
    };
    return {
      message: error.message,
      code: data.appCode ?? data.code ?? null,
      details: data.details ?? null,
      fieldErrors: data.zodError?.fieldErrors ?? {},
    };
  }
  return { message: "Something went wrong. Please try again.", code: null, details: null, fieldErrors: {} };
}
