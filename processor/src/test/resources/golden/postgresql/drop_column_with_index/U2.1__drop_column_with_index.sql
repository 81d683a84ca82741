-- Tablesmith migration U2.1__drop_column_with_index (down, postgresql)
-- Undoes V2.1__drop_column_with_index, last change first.

SET lock_timeout = '5s';

ALTER TABLE users ADD COLUMN name VARCHAR(100);
