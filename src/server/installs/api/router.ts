import { createTRPCRouter } from "~/server/trpc";
import { findInstallationsRoute } from "./find-installations";
import { findJobsRoute } from "./find-jobs";
import { getJobRoute } from "./get-job";
import { planInstallRoute } from "./plan-install";
import { requestInstallRoute } from "./request-install";
import { requestModuleJobRoute } from "./request-module-job";
import { retryJobRoute } from "./retry-job";

export const installsRouter = createTRPCRouter({
  findInstallations: findInstallationsRoute,
  planInstall: planInstallRoute,
  requestInstall: requestInstallRoute,
  requestModuleJob: requestModuleJobRoute,
  retryJob: retryJobRoute,
  getJob: getJobRoute,
  findJobs: findJobsRoute,
});
