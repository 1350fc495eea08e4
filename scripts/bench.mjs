// `npm run bench`: benchmarks print figures and never fail on timing. The search benchmark arrives
// with that capability (issue 5).
import { spawnSync } from "node:child_process";

const resolver = spawnSync("npx", ["tsx", "scripts/bench-resolver.ts"], { stdio: "inherit" });
if (resolver.status !== 0) console.log(`bench: the resolver benchmark exited with ${resolver.status ?? resolver.signal}`);
