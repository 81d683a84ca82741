-- Tablesmith migration U2.1__enum_values_changed (down, postgresql)
-- Undoes V2.1__enum_values_changed, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';
