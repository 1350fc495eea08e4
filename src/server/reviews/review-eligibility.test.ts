// Guards: "had it installed for a while" means one install that lasted a week before its uninstall (issue 5).
import { describe, expect, it } from "vitest";
import { qualifyingPastInstall } from "./review-eligibility";

const day = 86_400_000;
const at = (d: number) => new Date(Date.UTC(2026, 0, 1) + d * day);
const installed = (d: number, version: string | null = "1.0.0") => ({ action: "module.installed", createdAt: at(d), version });
const uninstalled = (d: number, version: string | null = "1.0.0") => ({ action: "module.uninstalled", createdAt: at(d), version });

describe("qualifyingPastInstall", () => {
  it("counts an install that lasted at least seven days before its uninstall", () => {
    expect(qualifyingPastInstall([installed(0), uninstalled(7, "1.2.0")])).toEqual({ version: "1.2.0", installedAt: at(0), uninstalledAt: at(7) });
    expect(qualifyingPastInstall([installed(0), uninstalled(6.9)])).toBeNull();
  });

  it("does not add up short installs, even when the first install is long ago", () => {
    expect(qualifyingPastInstall([installed(0), uninstalled(1), installed(8), uninstalled(9)])).toBeNull();
  });

  it("ignores an install that was never uninstalled, and an uninstall with no install before it", () => {
    expect(qualifyingPastInstall([installed(0)])).toBeNull();
    expect(qualifyingPastInstall([uninstalled(30)])).toBeNull();
  });

  it("reads events in time order and reports the latest qualifying period's version", () => {
    const events = [uninstalled(40, "2.0.0"), installed(0, "1.0.0"), uninstalled(10, "1.1.0"), installed(20, "2.0.0")];
    expect(qualifyingPastInstall(events)?.version).toBe("2.0.0");
  });

  it("falls back to the installed version when the uninstall did not record one", () => {
    expect(qualifyingPastInstall([installed(0, "1.4.0"), uninstalled(8, null)])?.version).toBe("1.4.0");
  });
});
