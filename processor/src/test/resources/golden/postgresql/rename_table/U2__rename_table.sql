-- Tablesmith migration U2__rename_table (down, postgresql)
-- Undoes V2__rename_table, last change first.
-- squawk-ignore-file renaming-table -- undoes V2__rename_table, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE memos RENAME TO notes;
