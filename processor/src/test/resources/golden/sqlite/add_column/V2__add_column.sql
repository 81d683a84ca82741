-- Tablesmith migration V2__add_column (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

ALTER TABLE users ADD COLUMN phone VARCHAR(50);
