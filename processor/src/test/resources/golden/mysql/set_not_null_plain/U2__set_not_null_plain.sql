-- Tablesmith migration U2__set_not_null_plain (down, mysql)
-- Undoes V2__set_not_null_plain, last change first.

ALTER TABLE users MODIFY COLUMN name VARCHAR(100) NULL;
