==> V2__add_foreign_key_plain.sql <==
-- Tablesmith migration V2__add_foreign_key_plain (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

ALTER TABLE notes ADD COLUMN user_id BIGINT;

ALTER TABLE notes ADD CONSTRAINT notes_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);

==> U2__add_foreign_key_plain.sql <==
-- Tablesmith migration U2__add_foreign_key_plain (down, postgresql)
-- Undoes V2__add_foreign_key_plain, last change first.

ALTER TABLE notes DROP CONSTRAINT IF EXISTS notes_user_id_fkey;

ALTER TABLE notes DROP COLUMN user_id;

