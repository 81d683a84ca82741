-- Tablesmith migration U2__add_unique_plain (down, mysql)
-- Undoes V2__add_unique_plain, last change first.

ALTER TABLE users DROP INDEX users_name_unique;
