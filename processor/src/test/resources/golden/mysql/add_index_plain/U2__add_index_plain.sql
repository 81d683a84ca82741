-- Tablesmith migration U2__add_index_plain (down, mysql)
-- Undoes V2__add_index_plain, last change first.

ALTER TABLE orders DROP INDEX idx_orders_status;
