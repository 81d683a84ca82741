-- Tablesmith migration U2__add_index_concurrently (down, sqlite)
-- Undoes V2__add_index_concurrently, last change first.

DROP INDEX IF EXISTS idx_orders_status;
