-- Tablesmith migration V2__add_exclusion (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-ignore-file constraint-missing-not-valid -- PostgreSQL cannot add an exclusion constraint NOT VALID

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE notes ADD COLUMN during TSTZRANGE;

ALTER TABLE notes ADD CONSTRAINT notes_during_excl EXCLUDE USING gist (during WITH &&);
