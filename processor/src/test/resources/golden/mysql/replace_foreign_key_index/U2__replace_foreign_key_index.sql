-- Tablesmith migration U2__replace_foreign_key_index (down, mysql)
-- Undoes V2__replace_foreign_key_index, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE orders DROP INDEX idx_orders_user_id_status, ADD INDEX orders_user_id_fkey (user_id), ALGORITHM=INPLACE, LOCK=NONE;

ALTER TABLE orders ADD INDEX idx_orders_user_id (user_id), DROP INDEX orders_user_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;
