-- Tablesmith migration U2__add_updated_at_trigger (down, postgresql)
-- Undoes V2__add_updated_at_trigger, last change first.
-- squawk-ignore-file ban-drop-column -- undoes V2__add_updated_at_trigger, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

DROP TRIGGER IF EXISTS update_orders_updated_at ON orders;

ALTER TABLE orders DROP COLUMN updated_at;

DROP FUNCTION IF EXISTS update_updated_at_column();
