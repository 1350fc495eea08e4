#!/usr/bin/env node
// The adx-module CLI (`npx adx-module --help`). The commands are TypeScript in src/cli/, loaded
// with tsx so the CLI runs exactly the validation code the server runs.
import { tsImport } from "tsx/esm/api";

const { main } = await tsImport("../src/cli/adx-module.ts", import.meta.url);
process.exitCode = await main(process.argv.slice(2));
