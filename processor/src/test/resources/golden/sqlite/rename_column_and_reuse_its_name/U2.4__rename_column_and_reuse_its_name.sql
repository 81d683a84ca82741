-- Tablesmith migration U2.4__rename_column_and_reuse_its_name (down, sqlite)
-- Undoes V2.4__rename_column_and_reuse_its_name, last change first.

DROP INDEX IF EXISTS idx_orders_user_id;

DROP INDEX IF EXISTS idx_orders_buyer_id;
