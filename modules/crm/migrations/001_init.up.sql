-- CRM 1.x: deals and the activity log around them.
-- client_id refers to client_mgmt_clients.id (Client Management); no cross-module foreign key.
CREATE TABLE crm_deals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id uuid,
  title text NOT NULL,
  stage text NOT NULL DEFAULT 'lead',
  value_cents bigint NOT NULL DEFAULT 0,
  owner_email text,
  expected_close_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX crm_deals_stage_idx ON crm_deals (stage);
CREATE INDEX crm_deals_client_idx ON crm_deals (client_id);

CREATE TABLE crm_activities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  deal_id uuid REFERENCES crm_deals (id) ON DELETE CASCADE,
  client_id uuid,
  kind text NOT NULL,
  note text NOT NULL DEFAULT '',
  happened_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX crm_activities_deal_idx ON crm_activities (deal_id, happened_at DESC);
CREATE INDEX crm_activities_client_idx ON crm_activities (client_id, happened_at DESC);
