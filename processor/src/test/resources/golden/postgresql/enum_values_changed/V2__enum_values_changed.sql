-- Tablesmith migration V2__enum_values_changed (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_status_valid;

ALTER TABLE orders ADD CONSTRAINT orders_status_valid CHECK (status IN ('NEW', 'PAID', 'SHIPPED')) NOT VALID;
