-- Tablesmith migration V2__add_unique_plain (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

ALTER TABLE users ADD CONSTRAINT users_name_unique UNIQUE (name);
