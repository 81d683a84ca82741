-- Tablesmith migration U2__enum_values_changed (down, mysql)
-- Undoes V2__enum_values_changed, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE orders DROP CONSTRAINT orders_status_valid;

ALTER TABLE orders ADD CONSTRAINT orders_status_valid CHECK (status IN ('NEW', 'PAID'));
