-- Tablesmith migration V2__alter_column_type (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

ALTER TABLE orders MODIFY COLUMN total DECIMAL(12, 2) NOT NULL;

ALTER TABLE users MODIFY COLUMN age BIGINT NULL;

ALTER TABLE users MODIFY COLUMN name VARCHAR(200) NULL;
