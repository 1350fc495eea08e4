// Submit handler of ui/project-form.json.
export default async function createProject(ctx, input) {
  const name = String(input.name || "").trim();
  if (name.length === 0) {
    return { ok: false, errors: { name: "Give the project a name." } };
  }
  if (input.starts_on && input.due_on && input.due_on < input.starts_on) {
    return { ok: false, errors: { due_on: "The due date is before the start date." } };
  }
  const rows = await ctx.db.query(
    "INSERT INTO pm_projects (client_id, name, starts_on, due_on, budget_hours) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    [input.client_id || null, name, input.starts_on || null, input.due_on || null, input.budget_hours || null],
  );
  await ctx.emit("project.created", { id: rows[0].id, name: name, clientId: input.client_id || null });
  return { ok: true, id: rows[0].id, message: "Project " + name + " created." };
}
