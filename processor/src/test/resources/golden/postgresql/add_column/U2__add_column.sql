-- Tablesmith migration U2__add_column (down, postgresql)
-- Undoes V2__add_column, last change first.

SET lock_timeout = '5s';

ALTER TABLE users DROP COLUMN phone;
