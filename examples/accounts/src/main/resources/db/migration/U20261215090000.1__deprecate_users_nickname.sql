-- Tablesmith migration U20261215090000.1__deprecate_users_nickname (down, postgresql)
-- Undoes V20261215090000.1__deprecate_users_nickname, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

ALTER TABLE users ALTER COLUMN verified DROP NOT NULL;
