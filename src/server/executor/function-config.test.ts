// Guards how the local executor reads Inngest function options: triggers, retries (Inngest's
// default of 4), concurrency groups, onFailure handlers, and the options it refuses.
import { Inngest } from "inngest";
import { describe, expect, it } from "vitest";
import { compileKey, concurrencyGroup, readFunctionConfigs } from "./function-config";
import type { TRunEvent } from "./serve-protocol";

const client = new Inngest({ id: "cfg" });
const event = (data: unknown): TRunEvent => ({ id: "e1", name: "test/a", data, ts: 0 });

describe("readFunctionConfigs", () => {
  it("reads triggers, retries and the failure handler", () => {
    const plain = client.createFunction({ id: "plain", triggers: [{ event: "test/a" }, { event: "test/b" }] }, () => null);
    const custom = client.createFunction({ id: "custom", retries: 0, triggers: { event: "test/c" }, onFailure: () => null }, () => null);
    const { configs } = readFunctionConfigs(client.id, [plain, custom]);
    expect(configs.get("cfg-plain")).toMatchObject({ events: ["test/a", "test/b"], maxAttempts: 5, concurrency: null, failureId: null, kind: "main" });
    expect(configs.get("cfg-custom")).toMatchObject({ events: ["test/c"], maxAttempts: 1, failureId: "cfg-custom-failure" });
    expect(configs.get("cfg-custom-failure")).toMatchObject({ kind: "failure", events: [], maxAttempts: 2 });
  });

  it("groups runs by function and key, or by key alone for env scope", () => {
    const perTenant = client.createFunction({ id: "per-tenant", concurrency: { limit: 1, key: "event.data.tenant.id" }, triggers: [{ event: "test/a" }] }, () => null);
    const shared = client.createFunction({ id: "shared", concurrency: [{ limit: 2, key: "event.data.tenantId", scope: "env" }], triggers: [{ event: "test/a" }] }, () => null);
    const whole = client.createFunction({ id: "whole", concurrency: 3, triggers: [{ event: "test/a" }] }, () => null);
    const { configs } = readFunctionConfigs(client.id, [perTenant, shared, whole]);
    expect(concurrencyGroup(configs.get("cfg-per-tenant")!, event({ tenant: { id: "t1" } }))).toBe("cfg-per-tenant:t1");
    expect(concurrencyGroup(configs.get("cfg-shared")!, event({ tenantId: "t1" }))).toBe("env:t1");
    expect(configs.get("cfg-shared")?.concurrency?.limit).toBe(2);
    expect(concurrencyGroup(configs.get("cfg-whole")!, event({}))).toBe("cfg-whole");
  });

  it("compiles event.data paths and constants, and refuses other expressions", () => {
    expect(compileKey("f", "event.data.a.b")(event({ a: { b: 7 } }))).toBe("7");
    expect(compileKey("f", "event.data.missing")(event({}))).toBe("");
    expect(compileKey("f", "event.name")(event({}))).toBe("test/a");
    expect(compileKey("f", '"ai"')(event({}))).toBe("ai");
    expect(() => compileKey("f", 'event.data.a + "-" + event.data.b')).toThrow(/not of the form/);
  });

  it("refuses options that would change which events run, and lists the ignored ones", () => {
    const batched = client.createFunction({ id: "batched", batchEvents: { maxSize: 10, timeout: "5s" }, triggers: [{ event: "test/a" }] }, () => null);
    expect(() => readFunctionConfigs(client.id, [batched])).toThrow(/batchEvents/);
    const twoLimits = client.createFunction({ id: "two", concurrency: [{ limit: 1, key: "event.data.a" }, { limit: 5 }], triggers: [{ event: "test/a" }] }, () => null);
    expect(() => readFunctionConfigs(client.id, [twoLimits])).toThrow(/one concurrency constraint/);
    const cron = client.createFunction({ id: "nightly", priority: { run: "0" }, triggers: [{ cron: "0 3 * * *" }] }, () => null);
    expect(readFunctionConfigs(client.id, [cron]).ignored).toEqual(["cfg-nightly: priority", 'cfg-nightly: cron trigger "0 3 * * *"']);
  });
});
