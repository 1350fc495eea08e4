// Guards: tenant roles rank OWNER > ADMIN > MEMBER, and scoped() always pins the tenant.
import { describe, expect, it } from "vitest";
import { hasTenantRole, scoped } from "./tenant-scope";

describe("tenant scope", () => {
  it("ranks roles", () => {
    expect(hasTenantRole("OWNER", "ADMIN")).toBe(true);
    expect(hasTenantRole("ADMIN", "ADMIN")).toBe(true);
    expect(hasTenantRole("MEMBER", "ADMIN")).toBe(false);
    expect(hasTenantRole("ADMIN", "OWNER")).toBe(false);
  });

  it("pins the tenant id even when the caller's WHERE names another", () => {
    const where = scoped({ id: "tenant-a" }, { status: "ACTIVE", tenantId: "tenant-b" });
    expect(where).toEqual({ status: "ACTIVE", tenantId: "tenant-a" });
    expect(scoped({ id: "tenant-a" })).toEqual({ tenantId: "tenant-a" });
  });
});
