-- Tablesmith migration U2__add_index_plain (down, sqlite)
-- Undoes V2__add_index_plain, last change first.

DROP INDEX IF EXISTS idx_orders_status;
