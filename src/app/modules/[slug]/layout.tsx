import type { ReactNode } from "react";
import { loadModule } from "../../_lib/module";

/**
 * Checks the module exists before anything streams, so an unknown module answers with a real 404
 * (the page's loading.tsx starts streaming, after which the status can no longer change). The
 * call is cached for the request: the page reuses it.
 */
export default async function ModuleLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await loadModule(slug);
  return children;
}
