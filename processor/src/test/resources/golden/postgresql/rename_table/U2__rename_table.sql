-- Tablesmith migration U2__rename_table (down, postgresql)
-- Undoes V2__rename_table, last change first.

SET lock_timeout = '5s';

ALTER TABLE memos RENAME TO notes;
