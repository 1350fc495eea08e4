import type { LicenseStatus } from "~/generated/prisma/enums";

export type LicenseLike = { status: LicenseStatus; currentPeriodEnd: Date | null; graceUntil: Date | null };

/**
 * Whether a license lets the tenant install or use its module now: active; canceled but still in
 * its paid period; or past due within its grace period. Refunded and expired licenses never do.
 */
export function isLicenseUsable(license: LicenseLike | null | undefined, now: Date = new Date()): boolean {
  if (!license) return false;
  switch (license.status) {
    case "ACTIVE":
      return true;
    case "CANCELED":
      return license.currentPeriodEnd !== null && license.currentPeriodEnd > now;
    case "PAST_DUE": {
      const until = license.graceUntil ?? license.currentPeriodEnd;
      return until !== null && until > now;
    }
    case "REFUNDED":
    case "EXPIRED":
      return false;
  }
}
