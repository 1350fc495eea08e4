/**
 * Named points inside job steps where the failure and crash tests inject faults: `before:<step>`,
 * `after:<step>` (the step's work is done but not yet recorded) and `migration:<slug>:<name>`
 * (after a migration committed). Only tests register faults (`injectFault`, in their own process;
 * the crash test's worker process registers its own from its argument). With nothing registered a
 * fault point costs one Map lookup.
 */
import { AppError } from "~/server/shared/app-error";

export type TFault = "fail" | "hang";

const faults = new Map<string, TFault>();


/** A deterministic failure (retrying will not help), like a refused migration. */
export class InjectedFault extends AppError {
  constructor(point: string) {
    super("PRECONDITION_FAILED", { message: `injected fault at ${point}`, userMessage: `injected fault at ${point}` });
    this.name = "InjectedFault";
  }
}

export async function faultPoint(point: string): Promise<void> {
  const fault = faults.get(point);
  if (!fault) return;
  if (fault === "fail") throw new InjectedFault(point);
  // "hang": the crash test kills the process while it waits here.
  await new Promise(() => undefined);
}

export function injectFault(point: string, fault: TFault = "fail") {
  faults.set(point, fault);
  return () => faults.delete(point);
}

export function clearFaults() {
  faults.clear();
}
