-- Tablesmith migration U2__alter_column_type (down, postgresql)
-- Undoes V2__alter_column_type, last change first.
-- squawk-ignore-file prefer-text-field -- VARCHAR(n) is the length the entity declares (varchar-length), which Hibernate validates; a longer VARCHAR later changes only the catalog
-- squawk-ignore-file prefer-bigint-over-int -- INTEGER where the entity declares int or Integer
-- squawk-ignore-file changing-column-type -- undoes V2__alter_column_type, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE users ALTER COLUMN name TYPE VARCHAR(100) USING name::VARCHAR(100);

ALTER TABLE users ALTER COLUMN age TYPE INTEGER USING age::INTEGER;

ALTER TABLE orders ALTER COLUMN total TYPE NUMERIC(10, 2) USING total::NUMERIC(10, 2);
