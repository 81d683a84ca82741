-- Tablesmith migration V2__replace_foreign_key_index (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

ALTER TABLE orders DROP INDEX idx_orders_user_id, ADD INDEX orders_user_id_fkey (user_id), ALGORITHM=INPLACE, LOCK=NONE;

ALTER TABLE orders ADD INDEX idx_orders_user_id_status (user_id, status), DROP INDEX orders_user_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;
