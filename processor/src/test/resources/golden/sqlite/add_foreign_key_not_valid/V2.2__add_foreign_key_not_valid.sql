-- Tablesmith migration V2.2__add_foreign_key_not_valid (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- notes_user_id_fkey was checked against every row when its table was rebuilt.

CREATE INDEX idx_notes_user_id ON notes (user_id);
