-- Tablesmith migration U2.2__rename_column_and_reuse_its_name (down, postgresql)
-- Undoes V2.2__rename_column_and_reuse_its_name, last change first.

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_user_id_fkey;
