-- Tablesmith migration U2__create_table (down, postgresql)
-- Undoes V2__create_table, last change first.

SET lock_timeout = '5s';

DROP TABLE IF EXISTS tags;
