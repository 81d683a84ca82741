-- Tablesmith migration U2__add_primary_key (down, postgresql)
-- Undoes V2__add_primary_key, last change first.

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE notes DROP CONSTRAINT IF EXISTS notes_pkey;
