-- Tablesmith migration U2__add_index_concurrently (down, mysql)
-- Undoes V2__add_index_concurrently, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE orders DROP INDEX idx_orders_status, ALGORITHM=INPLACE, LOCK=NONE;
