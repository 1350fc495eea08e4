/**
 * The one place capabilities send events (STYLE.md rule 13: after their transaction commits).
 * With INNGEST_EVENT_KEY set they go to Inngest (Cloud, or self-hosted at INNGEST_BASE_URL);
 * otherwise to the embedded executor, which runs the same functions (docs/decisions/003).
 */
import { inngest } from "~inngest/client";
import { isInngestConfigured } from "~/env";
import { enqueueEvents } from "~/server/executor/enqueue-events";

export type TSendEvent = {
  /** Idempotency key: Inngest and the local executor both start one run per id (Inngest: within 24h). */
  id?: string;
  name: string;
  data: Record<string, unknown>;
};

/** Sends events; returns their ids. */
export async function sendEvents(events: TSendEvent[]): Promise<{ ids: string[] }> {
  if (events.length === 0) return { ids: [] };
  if (isInngestConfigured()) {
    const { ids } = await inngest.send(events.map((e) => ({ name: e.name, data: e.data, ...(e.id ? { id: e.id } : {}) })));
    return { ids };
  }
  return enqueueEvents(events);
}

export async function sendEvent(event: TSendEvent): Promise<{ id: string }> {
  const { ids } = await sendEvents([event]);
  return { id: ids[0] ?? event.id ?? "" };
}
