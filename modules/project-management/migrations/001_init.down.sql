-- Reverse of 001_init.up.sql; children first.
DROP TABLE IF EXISTS pm_tasks;
DROP TABLE IF EXISTS pm_projects;
