-- Tablesmith migration U2__create_table (down, mysql)
-- Undoes V2__create_table, last change first.

SET SESSION lock_wait_timeout = 5;

DROP TABLE IF EXISTS tags;
