-- Tablesmith migration U2__add_unique_using_index (down, mysql)
-- Undoes V2__add_unique_using_index, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE users DROP INDEX users_name_unique;

-- index users_name_unique went with its unique constraint.
