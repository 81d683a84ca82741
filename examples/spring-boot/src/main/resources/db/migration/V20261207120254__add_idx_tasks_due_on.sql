-- Tablesmith migration V20261207120254__add_idx_tasks_due_on (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY idx_tasks_due_on ON tasks (due_on) WHERE status <> 'DONE';
COMMENT ON INDEX idx_tasks_due_on IS 'the overdue list reads only unfinished tasks';
