-- Tablesmith migration V2__comments (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

ALTER TABLE users COMMENT = 'People who can sign in';

ALTER TABLE users MODIFY COLUMN email VARCHAR(255) NOT NULL COMMENT 'Login, lower case';

ALTER TABLE users DROP INDEX idx_users_name, ADD INDEX idx_users_name (name) COMMENT 'Search by name';
