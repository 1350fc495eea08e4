-- Reverse of 001_init.up.sql; children first.
DROP TABLE IF EXISTS crm_activities;
DROP TABLE IF EXISTS crm_deals;
