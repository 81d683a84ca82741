-- Tablesmith migration U2__add_primary_key (down, mysql)
-- Undoes V2__add_primary_key, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE notes DROP PRIMARY KEY;
