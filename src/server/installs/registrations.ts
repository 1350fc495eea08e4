import type { Prisma } from "~/generated/prisma/client";

type TManifestLike = {
  module?: {
    hooks?: { actions?: unknown[]; filters?: unknown[] };
    extensions?: { navigation?: string[]; pages?: string[]; widgets?: string[] };
  };
};

/**
 * What an installation registers from its version's manifest, and the module runtime reads: the
 * action and filter hooks and the UI extensions (navigation, pages, widgets).
 */
export function registrationsOf(v: { manifest: unknown }): Prisma.InputJsonObject {
  const mod = ((v.manifest ?? {}) as TManifestLike).module ?? {};
  return {
    actions: (mod.hooks?.actions ?? []) as Prisma.InputJsonValue[],
    filters: (mod.hooks?.filters ?? []) as Prisma.InputJsonValue[],
    navigation: mod.extensions?.navigation ?? [],
    pages: mod.extensions?.pages ?? [],
    widgets: mod.extensions?.widgets ?? [],
  };
}
