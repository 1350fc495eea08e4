-- Invoices 2.x: invoices and their lines. Amounts are integer cents in the invoice's currency.
-- client_id refers to client_mgmt_clients.id (Client Management); no cross-module foreign key.
CREATE TABLE invoices_invoices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL,
  client_id uuid,
  currency text NOT NULL DEFAULT 'USD',
  status text NOT NULL DEFAULT 'draft',
  issued_on date,
  due_on date,
  total_cents bigint NOT NULL DEFAULT 0,
  paid_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX invoices_invoices_number_key ON invoices_invoices (number);
CREATE INDEX invoices_invoices_client_idx ON invoices_invoices (client_id);
CREATE INDEX invoices_invoices_status_due_idx ON invoices_invoices (status, due_on);

CREATE TABLE invoices_lines (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  invoice_id uuid NOT NULL REFERENCES invoices_invoices (id) ON DELETE CASCADE,
  description text NOT NULL,
  quantity numeric(10, 2) NOT NULL DEFAULT 1,
  unit_price_cents bigint NOT NULL,
  position integer NOT NULL DEFAULT 0
);

CREATE INDEX invoices_lines_invoice_idx ON invoices_lines (invoice_id, position);
