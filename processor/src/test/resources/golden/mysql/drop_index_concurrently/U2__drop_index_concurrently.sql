-- Tablesmith migration U2__drop_index_concurrently (down, mysql)
-- Undoes V2__drop_index_concurrently, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE users ADD INDEX idx_users_name (name), ALGORITHM=INPLACE, LOCK=NONE;
