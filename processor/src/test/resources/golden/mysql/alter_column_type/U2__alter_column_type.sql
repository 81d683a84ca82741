-- Tablesmith migration U2__alter_column_type (down, mysql)
-- Undoes V2__alter_column_type, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE users MODIFY COLUMN name VARCHAR(100) NULL;

ALTER TABLE users MODIFY COLUMN age INT NULL;

ALTER TABLE orders MODIFY COLUMN total DECIMAL(10, 2) NOT NULL;
