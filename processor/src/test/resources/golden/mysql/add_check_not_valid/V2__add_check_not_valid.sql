-- Tablesmith migration V2__add_check_not_valid (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0);

-- orders_total_positive was checked against every row when it was added.
