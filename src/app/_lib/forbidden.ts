import "server-only";
import { forbidden, unstable_rethrow } from "next/navigation";

/**
 * Answers 403 Forbidden with the segment's forbidden.tsx, when the app runs with
 * `experimental.authInterrupts` (Next.js makes `forbidden()` throw a plain error otherwise).
 * Without it this returns and the caller renders the same message inline (status 200).
 */
export function forbidIfSupported(): void {
  try {
    forbidden();
  } catch (error) {
    unstable_rethrow(error); // the real 403 signal
  }
}
