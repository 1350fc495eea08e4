// Guards the executor's side of the Inngest serve protocol: requests the SDK accepts (signed, in
// cloud mode), responses read into step ops, sleep/retry-after times, stored error shapes.
import { Inngest } from "inngest";
import { serve } from "inngest/edge";
import { describe, expect, it } from "vitest";
import { logger } from "~/server/logger";
import { buildRequest, canonicalJson, dueAt, generateSigningKey, hashStepId, readResponse, signBody, toErrorJson, type TRunState } from "./serve-protocol";

const state = (over: Partial<TRunState> = {}): TRunState => ({
  runId: "run-1",
  event: { id: "evt-1", name: "test/event", data: { n: 1 }, ts: 1_700_000_000_000 },
  steps: {},
  stack: [],
  attempt: 0,
  maxAttempts: 5,
  ...over,
});

function handlerFor(signingKey: string) {
  const client = new Inngest({ id: "protocol-test", isDev: false, signingKey, logger });
  const fn = client.createFunction({ id: "two-steps", triggers: [{ event: "test/event" }] }, async ({ event, step }) => {
    const a = await step.run("a", () => (event.data as { n: number }).n + 1);
    return await step.run("b", () => a * 10);
  });
  return serve({ client, functions: [fn] });
}

const URL_BASE = "http://local.invalid/api/inngest";

describe("serve protocol", () => {
  it("drives the real serve handler step by step with signed requests", async () => {
    const key = generateSigningKey();
    const handler = handlerFor(key);
    const call = async (s: TRunState) => readResponse(await handler(buildRequest({ baseUrl: URL_BASE, fnId: "protocol-test-two-steps", stepId: "step", state: s, signingKey: key })));

    const first = await call(state());
    expect(first).toMatchObject({ kind: "ops", ops: [{ op: "StepRun", id: hashStepId("a"), data: 2 }] });
    const second = await call(state({ steps: { [hashStepId("a")]: { type: "data", data: 2 } }, stack: [hashStepId("a")] }));
    expect(second).toMatchObject({ kind: "ops", ops: [{ op: "StepRun", id: hashStepId("b"), data: 20 }] });
    const done = await call(
      state({
        steps: { [hashStepId("a")]: { type: "data", data: 2 }, [hashStepId("b")]: { type: "data", data: 20 } },
        stack: [hashStepId("a"), hashStepId("b")],
      }),
    );
    expect(done).toEqual({ kind: "complete", output: 20 });
  });

  it("is refused by the handler when signed with another key", async () => {
    const handler = handlerFor(generateSigningKey());
    const res = await handler(buildRequest({ baseUrl: URL_BASE, fnId: "protocol-test-two-steps", stepId: "step", state: state(), signingKey: generateSigningKey() }));
    expect(res.status).toBe(401);
  });

  it("signs the body with the key's secret part and a unix timestamp", () => {
    const sig = signBody('{"a":1}', "signkey-prod-abc123", new Date(1_700_000_000_500));
    expect(sig).toMatch(/^t=1700000001&s=[0-9a-f]{64}$/);
    expect(signBody('{"a":1}', "abc123", new Date(1_700_000_000_500))).toBe(sig);
  });

  it("writes canonical JSON: sorted keys, no undefined, no whitespace", () => {
    expect(canonicalJson({ b: [2, { d: null, c: "x" }], a: 1, u: undefined })).toBe('{"a":1,"b":[2,{"c":"x","d":null}]}');
    expect(canonicalJson("é\n")).toBe(JSON.stringify("é\n"));
  });

  it("reads errors and their retry hints", async () => {
    const res = new Response(JSON.stringify({ name: "Error", message: "boom" }), { status: 400, headers: { "x-inngest-no-retry": "true" } });
    expect(await readResponse(res)).toEqual({ kind: "error", error: { name: "Error", message: "boom" }, isRetriable: false, retryAfter: null });
    const retry = new Response("oops", { status: 500, headers: { "retry-after": "30" } });
    expect(await readResponse(retry)).toEqual({ kind: "error", error: { name: "Error", message: "oops" }, isRetriable: true, retryAfter: "30" });
  });

  it("turns sleep durations, dates and retry-after seconds into due times", () => {
    const now = new Date("2030-01-01T00:00:00.000Z");
    expect(dueAt("1d2h30m10s", now)?.toISOString()).toBe("2030-01-02T02:30:10.000Z");
    expect(dueAt("1w", now)?.toISOString()).toBe("2030-01-08T00:00:00.000Z");
    expect(dueAt("45", now)?.toISOString()).toBe("2030-01-01T00:00:45.000Z");
    expect(dueAt("2031-05-06T07:08:09.000Z", now)?.toISOString()).toBe("2031-05-06T07:08:09.000Z");
    expect(dueAt("", now)).toEqual(now);
    expect(dueAt("soon", now)).toBeNull();
  });

  it("stores thrown values as { name, message, stack? }", () => {
    expect(toErrorJson(new TypeError("bad"))).toMatchObject({ name: "TypeError", message: "bad", stack: expect.any(String) });
    expect(toErrorJson({ error: "text" })).toEqual({ name: "Error", message: "text" });
    expect(toErrorJson(42)).toEqual({ name: "Error", message: "42" });
  });
});
