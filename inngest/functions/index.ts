import type { InngestFunction } from "inngest";

/**
 * Every Inngest function of the app, served at /api/inngest. The install, upgrade, uninstall,
 * search-sync and billing functions are added here by their capabilities.
 */
export const functions: InngestFunction.Any[] = [];
