-- Tablesmith migration U2__drop_not_null (down, mysql)
-- Undoes V2__drop_not_null, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE users MODIFY COLUMN email VARCHAR(255) NOT NULL;
