-- Tablesmith migration U2__change_index (down, mysql)
-- Undoes V2__change_index, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE users DROP INDEX idx_users_name, ALGORITHM=INPLACE, LOCK=NONE;

ALTER TABLE users ADD INDEX idx_users_name (name), ALGORITHM=INPLACE, LOCK=NONE;
