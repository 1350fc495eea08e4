#!/usr/bin/env node
// Plain-node entry for stripe-local: loads tsx's ESM hooks, then runs the TypeScript CLI, so
// `node scripts/stripe-local/cli.mjs …` works without a build step (tsx is a dev dependency).
import { register } from "tsx/esm/api";

register();
await import("./cli.ts");
