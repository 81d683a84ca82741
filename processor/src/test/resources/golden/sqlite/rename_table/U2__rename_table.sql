-- Tablesmith migration U2__rename_table (down, sqlite)
-- Undoes V2__rename_table, last change first.

ALTER TABLE memos RENAME TO notes;
