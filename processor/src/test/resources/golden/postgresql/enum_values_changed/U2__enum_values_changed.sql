-- Tablesmith migration U2__enum_values_changed (down, postgresql)
-- Undoes V2__enum_values_changed, last change first.
-- squawk-ignore-file constraint-missing-not-valid -- undoes V2__enum_values_changed, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_status_valid;

ALTER TABLE orders ADD CONSTRAINT orders_status_valid CHECK (status IN ('NEW', 'PAID'));
