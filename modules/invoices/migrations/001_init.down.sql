-- Reverse of 001_init.up.sql; children first.
DROP TABLE IF EXISTS invoices_lines;
DROP TABLE IF EXISTS invoices_invoices;
