import type { InngestFunction } from "inngest";
import { runInstallsJob } from "./installs/run-installs-job";
import { searchFunctions } from "./search";

/**
 * Every Inngest function of the app, served at /api/inngest (Inngest Cloud or self-hosted) and run
 * by the local durable executor when no Inngest server is configured. Search-sync and billing
 * functions are added here by their capabilities.
 */
export const functions: InngestFunction.Any[] = [runInstallsJob, ...searchFunctions];
