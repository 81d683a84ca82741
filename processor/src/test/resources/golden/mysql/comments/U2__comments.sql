-- Tablesmith migration U2__comments (down, mysql)
-- Undoes V2__comments, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE users DROP INDEX idx_users_name, ADD INDEX idx_users_name (name);

ALTER TABLE users MODIFY COLUMN email VARCHAR(255) NOT NULL;

ALTER TABLE users COMMENT = 'Accounts';
