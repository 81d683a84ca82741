-- Tablesmith migration V2.1__add_foreign_key_not_valid (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE notes VALIDATE CONSTRAINT notes_user_id_fkey;

CREATE INDEX CONCURRENTLY idx_notes_user_id ON notes (user_id);
