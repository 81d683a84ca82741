-- Tablesmith migration U2__set_and_drop_default (down, mysql)
-- Undoes V2__set_and_drop_default, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE users MODIFY COLUMN age INT NULL;

ALTER TABLE users MODIFY COLUMN created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);
