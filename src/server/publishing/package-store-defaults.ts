// No imports: read by src/env.ts (and so by next.config.ts) and by the seed script.
/** Where packages live unless PACKAGE_STORE_DIR says otherwise. */
export const DEFAULT_PACKAGE_STORE_DIR = ".data/packages";
