-- Tablesmith migration U2__add_check_not_valid (down, mysql)
-- Undoes V2__add_check_not_valid, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE orders DROP CONSTRAINT orders_total_positive;
