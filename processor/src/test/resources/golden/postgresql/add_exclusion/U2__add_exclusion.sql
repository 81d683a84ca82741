-- Tablesmith migration U2__add_exclusion (down, postgresql)
-- Undoes V2__add_exclusion, last change first.
-- squawk-ignore-file ban-drop-column -- undoes V2__add_exclusion, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE notes DROP CONSTRAINT IF EXISTS notes_during_excl;

ALTER TABLE notes DROP COLUMN during;
