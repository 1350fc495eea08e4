import type { Metadata } from "next";
import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import type { Installation } from "~/components/api-types";
import { pluralize } from "~/components/catalog/format";
import { InstallPlanSheet } from "~/components/installs/install-plan";
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

export default async function TenantModulesPage({ params, searchParams }: Props) {
  const { tenant: slug } = await params;
  const tenant = await requireTenant(slug, `/t/${slug}/modules`);
  const [installations, requested] = await Promise.all([
    api.installs.findInstallations({ tenant: tenant.slug }),
    requestedModule(firstParam((await searchParams).install)),
  ]);
  const requestedInstall = requested ? installations.find((i) => i.module.slug === requested.slug) : undefined;
  const updates = installations.filter((i) => i.isUpdateAvailable).length;
  // Only admins and owners may plan an install; members are asked to find one.
  const plan =
    requested && !requestedInstall && canManageTenant(tenant.role)
      ? await api.installs.planInstall({ tenant: tenant.slug, modules: [{ slug: requested.slug }] })
      : null;

  return (
    <div className="space-y-6">
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
        requestedInstall ? (
          <Notice tone="success" title={`${requested.name} is already installed`}>
            Version {requestedInstall.version} is installed in {tenant.name}.
          </Notice>
        ) : plan ? (
          <InstallPlanSheet plan={plan} moduleName={requested.name} />
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
        <InstallationsTable installations={installations} />
      )}
    </div>
  );
}

function InstallationsTable({ installations }: { installations: Installation[] }) {
  return (
    <div className={cn(CARD_CLASSES, "relative overflow-x-auto")}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Installed modules</caption>
        <thead className="border-b border-zinc-200 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:border-zinc-800 dark:text-zinc-400">
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
            <th scope="col" className="hidden px-3 py-3 sm:px-4 md:table-cell">
              Installed
            </th>
            <th scope="col" className="hidden px-3 py-3 sm:px-4 sm:table-cell">
              Permissions
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {installations.map((i) => (
            <tr key={i.id} className="align-top">
              <th scope="row" className="px-3 py-4 sm:px-4 font-normal">
                <div className="flex min-w-[9rem] items-start gap-3">
                  <ModuleIcon name={i.module.name} iconUrl={i.module.iconUrl} size="sm" />
                  <div className="min-w-0">
                    <Link href={`/modules/${i.module.slug}`} className="font-semibold text-zinc-900 hover:text-indigo-700 hover:underline dark:text-zinc-50 dark:hover:text-indigo-300">
                      {i.module.name}
                    </Link>
                    <p className="text-xs text-zinc-600 dark:text-zinc-400">{i.module.publisherName}</p>
                  </div>
                </div>
              </th>
              <td className="px-3 py-4 sm:px-4">
                <InstallationStatusBadge status={i.status} />
              </td>
              <td className="px-3 py-4 sm:px-4">
                <div className="flex flex-col items-start gap-1.5">
                  <span className="font-mono text-zinc-800 dark:text-zinc-200">{i.version}</span>
                  {i.isUpdateAvailable && i.latestVersion ? <Badge tone="accent">Update available → {i.latestVersion}</Badge> : null}
                </div>
              </td>
              <td className="hidden px-3 py-4 sm:px-4 whitespace-nowrap text-zinc-600 md:table-cell dark:text-zinc-400">
                <DateText date={i.installedAt} />
              </td>
              <td className="hidden px-3 py-4 sm:px-4 text-zinc-600 sm:table-cell dark:text-zinc-400">
                <span title={i.grantedPermissions.join(", ") || "None"}>{pluralize(i.grantedPermissions.length, "permission")}</span>
                <span className="sr-only">: {i.grantedPermissions.join(", ") || "none"}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
