-- Tablesmith migration U2__drop_column_with_index (down, mysql)
-- Undoes V2__drop_column_with_index, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE users ADD COLUMN name VARCHAR(100) NULL;

ALTER TABLE users ADD INDEX idx_users_name (name), ALGORITHM=INPLACE, LOCK=NONE;
