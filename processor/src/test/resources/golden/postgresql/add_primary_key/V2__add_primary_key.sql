-- Tablesmith migration V2__add_primary_key (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-ignore-file adding-serial-primary-key-field -- the entity gives notes a primary key, built with its index under the table's lock
-- squawk-ignore-file constraint-missing-not-valid -- a primary key is built with its index (it cannot be NOT VALID)

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE notes ADD CONSTRAINT notes_pkey PRIMARY KEY (id);
