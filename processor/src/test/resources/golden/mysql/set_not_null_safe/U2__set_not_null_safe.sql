-- Tablesmith migration U2__set_not_null_safe (down, mysql)
-- Undoes V2__set_not_null_safe, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE users MODIFY COLUMN name VARCHAR(100) NULL;
