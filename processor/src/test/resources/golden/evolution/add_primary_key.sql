==> V2__add_primary_key.sql <==
-- Tablesmith migration V2__add_primary_key (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE notes ADD CONSTRAINT notes_pkey PRIMARY KEY (id);

==> U2__add_primary_key.sql <==
-- Tablesmith migration U2__add_primary_key (down, postgresql)
-- Undoes V2__add_primary_key, last change first.

SET lock_timeout = '5s';

ALTER TABLE notes DROP CONSTRAINT IF EXISTS notes_pkey;

