-- Tablesmith migration V2__alter_column_type (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE orders ALTER COLUMN total TYPE NUMERIC(12, 2) USING total::NUMERIC(12, 2);

ALTER TABLE users ALTER COLUMN age TYPE BIGINT USING age::BIGINT;

ALTER TABLE users ALTER COLUMN name TYPE VARCHAR(200) USING name::VARCHAR(200);
