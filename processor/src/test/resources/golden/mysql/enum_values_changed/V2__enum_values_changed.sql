-- Tablesmith migration V2__enum_values_changed (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

ALTER TABLE orders DROP CONSTRAINT orders_status_valid;

ALTER TABLE orders ADD CONSTRAINT orders_status_valid CHECK (status IN ('NEW', 'PAID', 'SHIPPED'));

-- orders_status_valid was checked against every row when it was added.
