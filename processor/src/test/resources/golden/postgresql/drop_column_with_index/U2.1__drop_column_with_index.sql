-- Tablesmith migration U2.1__drop_column_with_index (down, postgresql)
-- Undoes V2.1__drop_column_with_index, last change first.
-- squawk-ignore-file prefer-text-field -- VARCHAR(n) is the length the entity declares (varchar-length), which Hibernate validates; a longer VARCHAR later changes only the catalog

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE users ADD COLUMN name VARCHAR(100);
