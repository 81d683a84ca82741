-- Tablesmith migration U2__create_table (down, postgresql)
-- Undoes V2__create_table, last change first.
-- squawk-ignore-file ban-drop-table -- undoes V2__create_table, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

DROP TABLE IF EXISTS tags;
