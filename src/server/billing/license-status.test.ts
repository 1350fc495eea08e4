// Guards: which license states let a tenant install or use a paid module (issue 4/6).
import { describe, expect, it } from "vitest";
import { isLicenseUsable } from "./license-status";

const now = new Date("2026-06-01T00:00:00Z");
const later = new Date("2026-07-01T00:00:00Z");
const earlier = new Date("2026-05-01T00:00:00Z");

describe("isLicenseUsable", () => {
  it("accepts active licenses and paid-up periods only", () => {
    expect(isLicenseUsable(null, now)).toBe(false);
    expect(isLicenseUsable({ status: "ACTIVE", currentPeriodEnd: null, graceUntil: null }, now)).toBe(true);
    expect(isLicenseUsable({ status: "CANCELED", currentPeriodEnd: later, graceUntil: null }, now)).toBe(true);
    expect(isLicenseUsable({ status: "CANCELED", currentPeriodEnd: earlier, graceUntil: null }, now)).toBe(false);
    expect(isLicenseUsable({ status: "PAST_DUE", currentPeriodEnd: earlier, graceUntil: later }, now)).toBe(true);
    expect(isLicenseUsable({ status: "PAST_DUE", currentPeriodEnd: earlier, graceUntil: earlier }, now)).toBe(false);
    expect(isLicenseUsable({ status: "REFUNDED", currentPeriodEnd: later, graceUntil: later }, now)).toBe(false);
    expect(isLicenseUsable({ status: "EXPIRED", currentPeriodEnd: later, graceUntil: null }, now)).toBe(false);
  });
});
