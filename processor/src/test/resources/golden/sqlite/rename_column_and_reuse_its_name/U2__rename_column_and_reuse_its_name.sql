-- Tablesmith migration U2__rename_column_and_reuse_its_name (down, sqlite)
-- Undoes V2__rename_column_and_reuse_its_name, last change first.

CREATE INDEX idx_orders_user_id ON orders (user_id);
