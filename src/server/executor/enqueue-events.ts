import crypto from "node:crypto";
import { type Db, prisma } from "~/server/db";
import { insertEvents } from "./executor.queries";

export type TEnqueueEvent = {
  /** Idempotency key: an event with an id that was already enqueued is ignored. Random if omitted. */
  id?: string;
  name: string;
  data: unknown;
};

/**
 * Workers of this process, woken when an event is enqueued so they need not wait for their next
 * poll. Kept on globalThis: Next.js may load this module once per bundle (instrumentation, routes).
 */
const wakers: Set<() => void> = ((globalThis as { adxExecutorWakers?: Set<() => void> }).adxExecutorWakers ??= new Set());

/** Registers a worker's wake-up callback; returns the unregister function. */
export function onEventsEnqueued(wake: () => void): () => void {
  wakers.add(wake);
  return () => wakers.delete(wake);
}

/**
 * Hands events to the local executor: stored in `ExecutorEvent` (the same id twice is one event),
 * then started as runs by a worker. Inside a transaction (`db` = tx) the events are enqueued only
 * if it commits. Returns the event ids.
 */
export async function enqueueEvents(events: TEnqueueEvent[], db: Db = prisma): Promise<{ ids: string[] }> {
  const withIds = events.map((e) => ({ id: e.id ?? crypto.randomUUID(), name: e.name, data: e.data ?? {} }));
  await insertEvents(db, withIds);
  for (const wake of wakers) wake();
  return { ids: withIds.map((e) => e.id) };
}
