-- Tablesmith migration U2__add_column (down, mysql)
-- Undoes V2__add_column, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE users DROP COLUMN phone;
