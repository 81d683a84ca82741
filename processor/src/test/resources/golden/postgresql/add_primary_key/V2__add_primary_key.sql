-- Tablesmith migration V2__add_primary_key (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE notes ADD CONSTRAINT notes_pkey PRIMARY KEY (id);
