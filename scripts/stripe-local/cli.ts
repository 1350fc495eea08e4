// Command line entry of stripe-local (see docs/stripe-local.md):
//   node scripts/stripe-local/cli.mjs --port 12111 \
//     --webhook-url http://127.0.0.1:3000/api/webhooks/stripe --webhook-secret whsec_… \
//     [--data-file .data/stripe-local.json] [--host 127.0.0.1] [--quiet]
import { parseArgs } from "node:util";
import { startStripeLocal } from "./server";

const USAGE = `usage: stripe-local [--port 12111] [--host 127.0.0.1] [--webhook-url URL --webhook-secret whsec_…]
                    [--data-file FILE] [--api-version VERSION] [--business-name NAME] [--public-url URL] [--quiet]`;

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "12111" },
    host: { type: "string", default: "127.0.0.1" },
    "webhook-url": { type: "string" },
    "webhook-secret": { type: "string" },
    "data-file": { type: "string" },
    "api-version": { type: "string" },
    "business-name": { type: "string" },
    "public-url": { type: "string" },
    quiet: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`stripe-local: invalid --port ${values.port}\n${USAGE}`);
  process.exit(2);
}
const webhookSecret = values["webhook-secret"] ?? process.env.STRIPE_WEBHOOK_SECRET;
if (values["webhook-url"] && !webhookSecret) {
  console.error(`stripe-local: --webhook-url needs --webhook-secret (or STRIPE_WEBHOOK_SECRET)\n${USAGE}`);
  process.exit(2);
}

const server = await startStripeLocal({
  port,
  host: values.host,
  webhookUrl: values["webhook-url"],
  webhookSecret: webhookSecret ?? "whsec_unused",
  dataFile: values["data-file"],
  apiVersion: values["api-version"],
  businessName: values["business-name"],
  publicUrl: values["public-url"],
  log: values.quiet ? undefined : (line) => console.log(`[stripe-local] ${line}`),
});
console.log(`stripe-local listening on ${server.url}${values["webhook-url"] ? `, webhooks to ${values["webhook-url"]}` : ", no webhook endpoint"}`);

let closing = false;
const shutdown = () => {
  if (closing) return;
  closing = true;
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
