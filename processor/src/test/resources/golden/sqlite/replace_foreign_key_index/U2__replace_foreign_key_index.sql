-- Tablesmith migration U2__replace_foreign_key_index (down, sqlite)
-- Undoes V2__replace_foreign_key_index, last change first.

DROP INDEX IF EXISTS idx_orders_user_id_status;

CREATE INDEX idx_orders_user_id ON orders (user_id);
