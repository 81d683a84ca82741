-- Tablesmith migration U2__enum_values_changed (down, postgresql)
-- Undoes V2__enum_values_changed, last change first.

SET lock_timeout = '5s';

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_status_valid;

ALTER TABLE orders ADD CONSTRAINT orders_status_valid CHECK (status IN ('NEW', 'PAID'));
