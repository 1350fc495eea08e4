-- Project Management 2.x: projects and their tasks.
-- client_id points at client_mgmt_clients.id, owned by Client Management. There is deliberately no
-- foreign key: a module may only create constraints on its own tables.
CREATE TABLE pm_projects (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id uuid,
  name text NOT NULL,
  status text NOT NULL DEFAULT 'planned',
  starts_on date,
  due_on date,
  budget_hours numeric(8, 2),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX pm_projects_client_idx ON pm_projects (client_id);
CREATE INDEX pm_projects_status_due_idx ON pm_projects (status, due_on);

CREATE TABLE pm_tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES pm_projects (id) ON DELETE CASCADE,
  title text NOT NULL,
  assignee_email text,
  due_on date,
  done_at timestamptz,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX pm_tasks_project_idx ON pm_tasks (project_id, position);
CREATE INDEX pm_tasks_open_due_idx ON pm_tasks (due_on) WHERE done_at IS NULL;
