-- Tablesmith migration V2__add_unique_plain (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

ALTER TABLE users ADD CONSTRAINT users_name_unique UNIQUE (name);
