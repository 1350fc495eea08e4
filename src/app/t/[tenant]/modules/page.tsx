import type { Metadata } from "next";
import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import semver from "semver";
import type { Installation } from "~/components/api-types";
import { pluralize } from "~/components/catalog/format";
import { jobHref, updateHref } from "~/components/installs/hrefs";
import { InstallPlanSheet } from "~/components/installs/install-plan";
import { InstallationActions } from "~/components/installs/installation-actions";
import { RefreshWhileBusy } from "~/components/installs/refresh-while-busy";
import { InstallationStatusBadge } from "~/components/tenancy/installation-status-badge";
import { Badge } from "~/components/ui/badge";
import { buttonClasses } from "~/components/ui/button";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { EmptyState } from "~/components/ui/empty-state";
import { ModuleIcon } from "~/components/ui/module-icon";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { DateText } from "~/components/ui/time";
import { api } from "~/trpc/server";
import { firstParam, type SearchParams } from "../../../_lib/search-params";
import { canManageTenant, requireTenant, tenantTitle } from "../../../_lib/tenant";

export async function generateMetadata({ params }: { params: Promise<{ tenant: string }> }): Promise<Metadata> {
  const { tenant } = await params;
  return { title: await tenantTitle(tenant, "Modules") };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<SearchParams> };

/** The module someone chose on a module page (`?install=<slug>`), if it exists. */
async function requestedModule(raw: string | undefined) {
  if (!raw || !/^[a-z0-9-]{1,64}$/.test(raw)) return null;
  return api.catalog.getModule({ slug: raw }).catch((error: unknown) => {
    unstable_rethrow(error);
    return null; // an unknown or hidden module: ignore the request
  });
}

/** `?range=` of an update (`>2.1.0`: anything newer than what is installed); anything else is ignored. */
function requestedRange(raw: string | undefined): string | undefined {
  if (!raw || raw.length > 64 || semver.validRange(raw) === null) return undefined;
  return raw;
}

export default async function TenantModulesPage({ params, searchParams }: Props) {
  const { tenant: slug } = await params;
  const query = await searchParams;
  const tenant = await requireTenant(slug, `/t/${slug}/modules`);
  const canManage = canManageTenant(tenant.role);
  const range = requestedRange(firstParam(query.range));
  const [installations, requested] = await Promise.all([
    api.installs.findInstallations({ tenant: tenant.slug }),
    requestedModule(firstParam(query.install)),
  ]);
  const requestedInstall = requested ? installations.find((i) => i.module.slug === requested.slug) : undefined;
  const updates = installations.filter((i) => i.isUpdateAvailable).length;
  // Only admins and owners may plan an install; members are asked to find one. An installed module
  // is planned only as an update (with a range), so a stray link does not offer to reinstall it.
  const wantsPlan = requested !== null && canManage && (!requestedInstall || range !== undefined);
  const plan = wantsPlan ? await api.installs.planInstall({ tenant: tenant.slug, modules: [{ slug: requested.slug, range }] }) : null;
  const hasActiveJobs = installations.some((i) => i.activeJob !== null);

  return (
    <div className="space-y-6">
      <RefreshWhileBusy isBusy={hasActiveJobs} />
      <PageHeader
        title="Modules"
        description={
          installations.length > 0
            ? `${pluralize(installations.length, "module")} installed in ${tenant.name}${updates > 0 ? ` · ${pluralize(updates, "update")} available` : ""}.`
            : undefined
        }
        actions={
          installations.length > 0 ? (
            <Link href="/" className={buttonClasses({ variant: "secondary" })}>
              Browse the marketplace
            </Link>
          ) : undefined
        }
      />

      {requested ? (
        plan ? (
          <InstallPlanSheet plan={plan} moduleName={requested.name} tenantSlug={tenant.slug} request={{ slug: requested.slug, range }} />
        ) : requestedInstall ? (
          <Notice tone="success" title={`${requested.name} is already installed`}>
            <p>
              Version {requestedInstall.version} is installed in {tenant.name}.
              {canManage && requestedInstall.isUpdateAvailable && requestedInstall.latestVersion ? (
                <>
                  {" "}
                  <Link
                    href={updateHref(tenant.slug, requested.slug, requestedInstall.version)}
                    className="font-medium underline underline-offset-2"
                  >
                    Review the update to {requestedInstall.latestVersion}
                  </Link>
                </>
              ) : null}
            </p>
          </Notice>
        ) : (
          <Notice tone="info" title={`Install ${requested.name}`}>
            <p>
              Ask a workspace admin to install modules.{" "}
              <Link href={`/modules/${requested.slug}`} className="font-medium underline underline-offset-2">
                Back to {requested.name}
              </Link>
            </p>
          </Notice>
        )
      ) : null}

      {installations.length === 0 ? (
        <EmptyState
          title="No modules installed yet"
          action={
            <Link href="/" className={buttonClasses()}>
              Browse the marketplace
            </Link>
          }
        >
          Modules add features to {tenant.name}: invoicing, a CRM, project boards and more. Find one in the marketplace, check
          what it can access, and install it; it will be listed here.
        </EmptyState>
      ) : (
        <InstallationsTable installations={installations} tenant={tenant} canManage={canManage} />
      )}
    </div>
  );
}

function InstallationsTable({
  installations,
  tenant,
  canManage,
}: {
  installations: Installation[];
  tenant: { slug: string; name: string };
  canManage: boolean;
}) {
  return (
    <div className={cn(CARD_CLASSES, "relative overflow-x-auto")}>
      {/* On small screens each row becomes a two-column card (module, then status and version, then actions), so nothing scrolls out of view. */}
      <table className="w-full text-left text-sm max-sm:block">
        <caption className="sr-only">Installed modules</caption>
        <thead className="border-b border-zinc-200 text-xs font-semibold tracking-wide text-zinc-600 uppercase max-sm:sr-only dark:border-zinc-800 dark:text-zinc-400">
          <tr>
            <th scope="col" className="px-3 py-3 sm:px-4">
              Module
            </th>
            <th scope="col" className="px-3 py-3 sm:px-4">
              Status
            </th>
            <th scope="col" className="px-3 py-3 sm:px-4">
              Version
            </th>
            <th scope="col" className="hidden px-3 py-3 sm:px-4 lg:table-cell">
              Installed
            </th>
            <th scope="col" className="hidden px-3 py-3 sm:px-4 xl:table-cell">
              Permissions
            </th>
            {canManage ? (
              <th scope="col" className="px-3 py-3 sm:px-4">
                Actions
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 max-sm:block dark:divide-zinc-800">
          {installations.map((i) => (
            <tr key={i.id} className="align-top max-sm:grid max-sm:grid-cols-2 max-sm:py-2" data-testid={`installation-${i.module.slug}`}>
              <th scope="row" className="px-3 py-4 font-normal max-sm:col-span-2 max-sm:py-2 sm:px-4">
                <div className="flex min-w-[9rem] items-start gap-3">
                  <ModuleIcon name={i.module.name} iconUrl={i.module.iconUrl} size="sm" />
                  <div className="min-w-0">
                    <Link
                      href={`/modules/${i.module.slug}`}
                      className="font-semibold text-zinc-900 hover:text-indigo-700 hover:underline dark:text-zinc-50 dark:hover:text-indigo-300"
                    >
                      {i.module.name}
                    </Link>
                    <p className="text-xs text-zinc-600 dark:text-zinc-400">{i.module.publisherName}</p>
                  </div>
                </div>
              </th>
              <td className="px-3 py-4 max-sm:py-2 sm:px-4">
                <div className="flex flex-col items-start gap-1.5">
                  <InstallationStatusBadge status={i.status} />
                  <ActiveJobLink tenantSlug={tenant.slug} installation={i} />
                </div>
              </td>
              <td className="px-3 py-4 max-sm:py-2 sm:px-4">
                <VersionCell tenantSlug={tenant.slug} installation={i} canManage={canManage} />
              </td>
              <td className="hidden px-3 py-4 whitespace-nowrap text-zinc-600 sm:px-4 lg:table-cell dark:text-zinc-400">
                <DateText date={i.installedAt} />
              </td>
              <td className="hidden px-3 py-4 text-zinc-600 sm:px-4 xl:table-cell dark:text-zinc-400">
                <span title={i.grantedPermissions.join(", ") || "None"}>{pluralize(i.grantedPermissions.length, "permission")}</span>
                <span className="sr-only">: {i.grantedPermissions.join(", ") || "none"}</span>
              </td>
              {canManage ? (
                <td className="px-3 py-4 max-sm:col-span-2 max-sm:py-2 sm:px-4">
                  <InstallationActions
                    tenantSlug={tenant.slug}
                    tenantName={tenant.name}
                    installation={{
                      status: i.status,
                      version: i.version,
                      previousVersion: i.previousVersion,
                      dependents: i.dependents,
                      activeJob: i.activeJob,
                      module: { slug: i.module.slug, name: i.module.name },
                    }}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ActiveJobLink({ tenantSlug, installation: i }: { tenantSlug: string; installation: Installation }) {
  if (!i.activeJob) return null;
  return (
    <Link
      href={jobHref(tenantSlug, i.activeJob.id)}
      aria-label={`View progress of the ${i.module.name} job`}
      className="text-xs font-medium whitespace-nowrap text-indigo-700 underline underline-offset-2 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-200"
    >
      View progress
    </Link>
  );
}

/** The installed version and, when there is one, the newer version (a link to its update plan for admins). */
function VersionCell({ tenantSlug, installation: i, canManage }: { tenantSlug: string; installation: Installation; canManage: boolean }) {
  return (
    <div className="flex flex-col items-start gap-1.5">
      <span className="font-mono text-zinc-800 dark:text-zinc-200">{i.version}</span>
      {i.isUpdateAvailable && i.latestVersion ? (
        canManage && !i.activeJob ? (
          <Link
            href={updateHref(tenantSlug, i.module.slug, i.version)}
            aria-label={`Update available → ${i.latestVersion} for ${i.module.name}: review the update plan`}
            className="inline-flex items-center gap-1 rounded-md bg-indigo-50 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-indigo-700 ring-1 ring-indigo-600/20 ring-inset hover:bg-indigo-100 dark:bg-indigo-500/15 dark:text-indigo-200 dark:ring-indigo-400/30 dark:hover:bg-indigo-500/25"
          >
            Update available → {i.latestVersion}
          </Link>
        ) : (
          <Badge tone="accent">Update available → {i.latestVersion}</Badge>
        )
      ) : null}
    </div>
  );
}
