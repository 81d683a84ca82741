-- Tablesmith migration U2__add_exclusion (down, postgresql)
-- Undoes V2__add_exclusion, last change first.

SET lock_timeout = '5s';

ALTER TABLE notes DROP CONSTRAINT IF EXISTS notes_during_excl;

ALTER TABLE notes DROP COLUMN during;
