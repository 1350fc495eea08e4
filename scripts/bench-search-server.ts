// The small HTTP server `npm run bench` measures when no Next.js build is available: the same
// search capability the app's tRPC route calls (searchModules, through the configured search
// port), behind node:http, plus a trivial JSON route for comparison. Started by bench-search.mjs.
//
//   GET /search?input=<JSON of the search.find input>   → the search response as JSON
//   GET /ping                                           → {"ok":true}
import http from "node:http";
import { searchModules } from "../src/server/search/search-modules";

const port = Number(process.argv[2] ?? 0);
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://bench");
  const reply = (status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  if (url.pathname === "/ping") return reply(200, { ok: true });
  if (url.pathname !== "/search") return reply(404, { error: "not found" });
  let input: unknown;
  try {
    input = JSON.parse(url.searchParams.get("input") ?? "{}");
  } catch {
    return reply(400, { error: "input is not JSON" });
  }
  searchModules(input as Parameters<typeof searchModules>[0]).then(
    (result) => reply(200, result),
    (err: unknown) => reply(500, { error: err instanceof Error ? err.message : String(err) }),
  );
});
server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  console.log(`listening ${typeof address === "object" && address ? address.port : port}`);
});
