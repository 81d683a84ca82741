-- Tablesmith migration U2.1__change_on_delete (down, postgresql)
-- Undoes V2.1__change_on_delete, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';
