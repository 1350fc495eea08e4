/** The plan sheet for installing a module into a workspace. */
export const installHref = (tenantSlug: string, moduleSlug: string): string =>
  `/t/${tenantSlug}/modules?install=${encodeURIComponent(moduleSlug)}`;

/** The plan sheet for updating an installed module: any version newer than the installed one (the newest is chosen). */
export const updateHref = (tenantSlug: string, moduleSlug: string, installedVersion: string): string =>
  `${installHref(tenantSlug, moduleSlug)}&range=${encodeURIComponent(`>${installedVersion}`)}`;

export const jobHref = (tenantSlug: string, jobId: string): string => `/t/${tenantSlug}/jobs/${jobId}`;
