/**
 * Named points inside job steps where the failure and crash tests inject faults: `before:<step>`,
 * `after:<step>` (the step's work is done but not yet recorded) and `migration:<slug>:<name>`
 * (between two migrations). Tests register faults in-process with `injectFault`; a child process
 * (the crash test) gets them from ADX_FAULTS=`<point>=<fail|hang>,...`, which is ignored in
 * production. With nothing registered a fault point costs one Map lookup.
 */
import { env } from "~/env";
import { AppError } from "~/server/shared/app-error";

export type TFault = "fail" | "hang";

const faults = new Map<string, TFault>();

function fromEnv(): Map<string, TFault> {
  const spec = env.NODE_ENV === "production" ? undefined : env.ADX_FAULTS;
  const parsed = new Map<string, TFault>();
  for (const item of (spec ?? "").split(",").filter(Boolean)) {
    const [point, fault] = item.split("=");
    if (point && (fault === "fail" || fault === "hang")) parsed.set(point, fault);
  }
  return parsed;
}
const envFaults = fromEnv();

/** A deterministic failure (retrying will not help), like a refused migration. */
export class InjectedFault extends AppError {
  constructor(point: string) {
    super("PRECONDITION_FAILED", { message: `injected fault at ${point}`, userMessage: `injected fault at ${point}` });
    this.name = "InjectedFault";
  }
}

export async function faultPoint(point: string): Promise<void> {
  const fault = faults.get(point) ?? envFaults.get(point);
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
