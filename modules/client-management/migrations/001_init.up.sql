-- Client Management 1.x: the client register and its activity timeline.
CREATE TABLE client_mgmt_clients (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  email text,
  phone text,
  company text,
  status text NOT NULL DEFAULT 'active',
  notes text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX client_mgmt_clients_name_idx ON client_mgmt_clients (lower(name));
CREATE UNIQUE INDEX client_mgmt_clients_email_key ON client_mgmt_clients (lower(email));

CREATE TABLE client_mgmt_activities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL REFERENCES client_mgmt_clients (id) ON DELETE CASCADE,
  kind text NOT NULL,
  summary text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX client_mgmt_activities_client_idx ON client_mgmt_activities (client_id, created_at DESC);
