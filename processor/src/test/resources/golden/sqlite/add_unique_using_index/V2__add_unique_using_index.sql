-- Tablesmith migration V2__add_unique_using_index (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

CREATE UNIQUE INDEX users_name_unique ON users (name);
