-- Tablesmith migration U20261207120231__initial_schema (down, postgresql)
-- Undoes V20261207120231__initial_schema, last change first.

DROP TABLE IF EXISTS task_comments;

DROP TABLE IF EXISTS tasks;

DROP TABLE IF EXISTS projects;

DROP TABLE IF EXISTS accounts;

DROP FUNCTION IF EXISTS update_updated_at_column();
