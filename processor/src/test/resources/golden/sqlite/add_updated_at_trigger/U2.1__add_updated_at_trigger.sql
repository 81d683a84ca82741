-- Tablesmith migration U2.1__add_updated_at_trigger (down, sqlite)
-- Undoes V2.1__add_updated_at_trigger, last change first.

DROP TRIGGER IF EXISTS update_orders_updated_at;
