-- Tablesmith migration U2__alter_column_type (down, postgresql)
-- Undoes V2__alter_column_type, last change first.

SET lock_timeout = '5s';

ALTER TABLE users ALTER COLUMN name TYPE VARCHAR(100) USING name::VARCHAR(100);

ALTER TABLE users ALTER COLUMN age TYPE INTEGER USING age::INTEGER;

ALTER TABLE orders ALTER COLUMN total TYPE NUMERIC(10, 2) USING total::NUMERIC(10, 2);
