==> V2__add_foreign_key_not_valid.sql <==
-- Tablesmith migration V2__add_foreign_key_not_valid (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE notes ADD COLUMN user_id BIGINT;

ALTER TABLE notes ADD CONSTRAINT notes_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL NOT VALID;

==> U2__add_foreign_key_not_valid.sql <==
-- Tablesmith migration U2__add_foreign_key_not_valid (down, postgresql)
-- Undoes V2__add_foreign_key_not_valid, last change first.

SET lock_timeout = '5s';

ALTER TABLE notes DROP CONSTRAINT IF EXISTS notes_user_id_fkey;

ALTER TABLE notes DROP COLUMN user_id;

==> V2.1__add_foreign_key_not_valid.sql  (executeInTransaction=false) <==
-- Tablesmith migration V2.1__add_foreign_key_not_valid (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE notes VALIDATE CONSTRAINT notes_user_id_fkey;

CREATE INDEX CONCURRENTLY idx_notes_user_id ON notes (user_id);

==> U2.1__add_foreign_key_not_valid.sql <==
-- Tablesmith migration U2.1__add_foreign_key_not_valid (down, postgresql)
-- Undoes V2.1__add_foreign_key_not_valid, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS idx_notes_user_id;

