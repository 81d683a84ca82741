==> V2__add_exclusion.sql <==
-- Tablesmith migration V2__add_exclusion (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE notes ADD COLUMN during TSTZRANGE;

ALTER TABLE notes ADD CONSTRAINT notes_during_excl EXCLUDE USING gist (during WITH &&);

==> U2__add_exclusion.sql <==
-- Tablesmith migration U2__add_exclusion (down, postgresql)
-- Undoes V2__add_exclusion, last change first.

SET lock_timeout = '5s';

ALTER TABLE notes DROP CONSTRAINT IF EXISTS notes_during_excl;

ALTER TABLE notes DROP COLUMN during;

