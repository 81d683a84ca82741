-- Tablesmith migration U2__add_check_not_valid (down, postgresql)
-- Undoes V2__add_check_not_valid, last change first.

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_total_positive;
