// Runs once after 001_init.
export default async function postInstall(ctx) {
  ctx.log.info("crm installed", { stages: (ctx.config.stages || []).length });
  return { created: 0 };
}
