==> V2__drop_column_with_index.sql  (executeInTransaction=false) <==
-- Tablesmith migration V2__drop_column_with_index (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS idx_users_name;

==> U2__drop_column_with_index.sql <==
-- Tablesmith migration U2__drop_column_with_index (down, postgresql)
-- Undoes V2__drop_column_with_index, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY idx_users_name ON users (name);

==> V2.1__drop_column_with_index.sql <==
-- Tablesmith migration V2.1__drop_column_with_index (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE users DROP COLUMN name;

==> U2.1__drop_column_with_index.sql <==
-- Tablesmith migration U2.1__drop_column_with_index (down, postgresql)
-- Undoes V2.1__drop_column_with_index, last change first.

SET lock_timeout = '5s';

ALTER TABLE users ADD COLUMN name VARCHAR(100);

