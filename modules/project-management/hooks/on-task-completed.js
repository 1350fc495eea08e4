// Action on `task.completed`: when the last open task of a project is done, mark the project done.
export default async function onTaskCompleted(ctx, payload) {
  const open = await ctx.db.query(
    "SELECT count(*)::int AS n FROM pm_tasks WHERE project_id = $1 AND done_at IS NULL",
    [payload.projectId],
  );
  if (open[0].n === 0 && ctx.config.autoCompleteProjects !== false) {
    await ctx.db.query("UPDATE pm_projects SET status = 'done', updated_at = now() WHERE id = $1", [payload.projectId]);
    await ctx.emit("project.completed", { id: payload.projectId });
  }
}
