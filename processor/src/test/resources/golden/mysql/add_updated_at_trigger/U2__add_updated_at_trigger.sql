-- Tablesmith migration U2__add_updated_at_trigger (down, mysql)
-- Undoes V2__add_updated_at_trigger, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE orders MODIFY COLUMN updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);

ALTER TABLE orders DROP COLUMN updated_at;
