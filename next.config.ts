import type { NextConfig } from "next";
// Importing env validates the configuration at build time: bad config fails the build, not a request.
import "./src/env";

const config: NextConfig = {
  serverExternalPackages: [
    "@prisma/client",
    "pg",
    "@electric-sql/pglite",
    "quickjs-emscripten",
    "pino",
    "bcryptjs",
    // loads its WebAssembly parser from its own folder at run time
    "libpg-query",
  ],
  poweredByHeader: false,
  typedRoutes: false,
  images: { unoptimized: true },
  // forbidden() answers 403 (pages for moderators only, admin-only tenant pages).
  experimental: { authInterrupts: true },
};

export default config;
