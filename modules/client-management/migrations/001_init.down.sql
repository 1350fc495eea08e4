-- Reverse of 001_init.up.sql; children first.
DROP TABLE IF EXISTS client_mgmt_activities;
DROP TABLE IF EXISTS client_mgmt_clients;
