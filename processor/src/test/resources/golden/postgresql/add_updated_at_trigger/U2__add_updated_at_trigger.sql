-- Tablesmith migration U2__add_updated_at_trigger (down, postgresql)
-- Undoes V2__add_updated_at_trigger, last change first.

SET lock_timeout = '5s';

DROP TRIGGER IF EXISTS update_orders_updated_at ON orders;

ALTER TABLE orders DROP COLUMN updated_at;

DROP FUNCTION IF EXISTS update_updated_at_column();
