// `npm run bench`: benchmarks print figures and never fail on timing.
//   1. the resolver (scripts/bench-resolver.ts);
//   2. search over HTTP on 10,000 generated modules (scripts/bench-search.mjs, issue 5).
// Extra arguments go to the search benchmark (e.g. `npm run bench -- --minimal`).
import { spawnSync } from "node:child_process";

const resolver = spawnSync("npx", ["tsx", "scripts/bench-resolver.ts"], { stdio: "inherit" });
if (resolver.status !== 0) console.log(`bench: the resolver benchmark exited with ${resolver.status ?? resolver.signal}`);

const search = spawnSync(process.execPath, ["scripts/bench-search.mjs", ...process.argv.slice(2)], { stdio: "inherit" });
if (search.status !== 0) console.log(`bench: the search benchmark exited with ${search.status ?? search.signal}`);
