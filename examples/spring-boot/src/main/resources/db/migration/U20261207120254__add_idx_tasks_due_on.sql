-- Tablesmith migration U20261207120254__add_idx_tasks_due_on (down, postgresql)
-- Undoes V20261207120254__add_idx_tasks_due_on, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS idx_tasks_due_on;
