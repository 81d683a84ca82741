-- Tablesmith migration U2__add_updated_at_trigger (down, sqlite)
-- Undoes V2__add_updated_at_trigger, last change first.
-- Run it outside a transaction (autocommit), like its up file.

ALTER TABLE orders DROP COLUMN updated_at;
