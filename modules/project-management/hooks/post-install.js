// Runs once after 001_init. Nothing to seed: an empty project list shows its own call to action.
export default async function postInstall(ctx) {
  ctx.log.info("project-management installed", { defaultView: ctx.config.defaultView || "list" });
  return { created: 0 };
}
