import type { ReactNode } from "react";
import { RoleBadge } from "~/components/tenancy/role-badge";
import { WorkspaceNav } from "~/components/tenancy/workspace-nav";
import { pluralize } from "~/components/catalog/format";
import { getMe } from "../../_lib/session";
import { canManageTenant, loadTenant } from "../../_lib/tenant";

/**
 * The workspace frame: its name, your role, its core version and the workspace tabs. Only
 * members see it (non-members get the 404 page). Signed-out visitors are sent to sign in by the
 * page itself, which knows the exact path to come back to.
 */
export default async function TenantLayout({ children, params }: { children: ReactNode; params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const me = await getMe();
  if (!me) return children;
  const tenant = await loadTenant(slug);
  return (
    <div>
      <div className="border-b border-zinc-200 dark:border-zinc-800">
        <div className="flex flex-col gap-3 pb-4 sm:flex-row sm:items-end sm:justify-between">
          <div className="min-w-0">
            <p className="text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">Workspace</p>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-xl font-semibold text-zinc-900 dark:text-zinc-50">
              <span className="truncate">{tenant.name}</span>
              <RoleBadge role={tenant.role} />
            </p>
          </div>
          <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
            <div className="flex gap-1">
              <dt>ADX Core</dt>
              <dd className="font-mono text-zinc-800 dark:text-zinc-200">{tenant.coreVersion}</dd>
            </div>
            <div>
              <dt className="sr-only">Modules</dt>
              <dd>
                {pluralize(tenant.installedCount, "module")} installed, {tenant.activeCount} active
              </dd>
            </div>
            <div>
              <dt className="sr-only">Members</dt>
              <dd>{pluralize(tenant.memberCount, "member")}</dd>
            </div>
          </dl>
        </div>
        <WorkspaceNav tenantSlug={tenant.slug} canManage={canManageTenant(tenant.role)} />
      </div>
      <div className="pt-8">{children}</div>
    </div>
  );
}
