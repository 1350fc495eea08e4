// Guards: permissions are described in plain words from one registry.
import { describe, expect, it } from "vitest";
import { describePermission, isKnownPermission, PERMISSIONS } from "./permissions";

describe("permission registry", () => {
  it("knows each permission by a dotted name and describes it", () => {
    for (const name of Object.keys(PERMISSIONS)) expect(name).toMatch(/^[a-z]+\.[a-z]+$/);
    expect(isKnownPermission("client.read")).toBe(true);
    expect(isKnownPermission("toString")).toBe(false);
    expect(describePermission("invoice.write")).toBe("Create and change invoices");
    expect(describePermission("root.everything")).toBe('Unknown permission "root.everything"');
  });
});
