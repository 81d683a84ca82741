-- Tablesmith migration U2__rename_table (down, mysql)
-- Undoes V2__rename_table, last change first.

SET SESSION lock_wait_timeout = 5;

RENAME TABLE memos TO notes;
