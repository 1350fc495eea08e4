// Filter on `deal.stages`: the pipeline columns, from this tenant's settings when it set its own.
export default function dealStages(ctx, stages) {
  const custom = ctx.config.stages;
  return Array.isArray(custom) && custom.length > 0 ? custom : stages;
}
