-- Tablesmith migration U2.1__add_foreign_key_not_valid (down, postgresql)
-- Undoes V2.1__add_foreign_key_not_valid, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS idx_notes_user_id;
