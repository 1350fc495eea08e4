/**
 * The one error type of the server. `message` is for logs, `userMessage` for people; `details`
 * carries structured problems (for example manifest problems with line and column).
 */
export const APP_ERROR_CODES = [
  "UNAUTHORIZED",
  "NOT_FOUND",
  "FORBIDDEN",
  "CONFLICT",
  "INVALID_INPUT",
  "PRECONDITION_FAILED",
  "LIMIT_EXCEEDED",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export const APP_ERROR_STATUS: Record<AppErrorCode, number> = {
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  INVALID_INPUT: 400,
  PRECONDITION_FAILED: 412,
  LIMIT_EXCEEDED: 413,
};

const DEFAULT_USER_MESSAGES: Record<AppErrorCode, string> = {
  UNAUTHORIZED: "Please sign in to continue.",
  NOT_FOUND: "We couldn't find that.",
  FORBIDDEN: "You don't have permission to do that.",
  CONFLICT: "That conflicts with something that already exists.",
  INVALID_INPUT: "Some of what you entered isn't valid.",
  PRECONDITION_FAILED: "That can't be done right now.",
  LIMIT_EXCEEDED: "That is over the allowed limit.",
};

export type AppErrorOptions = {
  message?: string;
  userMessage?: string;
  details?: unknown;
  cause?: unknown;
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly details: unknown;

  constructor(code: AppErrorCode, opts: AppErrorOptions = {}) {
    super(opts.message ?? opts.userMessage ?? DEFAULT_USER_MESSAGES[code], { cause: opts.cause });
    this.name = "AppError";
    this.code = code;
    this.userMessage = opts.userMessage ?? DEFAULT_USER_MESSAGES[code];
    this.details = opts.details;
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** Maps a Prisma unique-constraint violation to CONFLICT; returns other errors unchanged. */
export function mapPrismaError(e: unknown, userMessage?: string): unknown {
  if (e && typeof e === "object" && "code" in e && e.code === "P2002") {
    return new AppError("CONFLICT", { userMessage, cause: e });
  }
  return e;
}
