-- Tablesmith migration U20260101000000__create_customers_and_create_payments (down, postgresql)
-- Undoes V20260101000000__create_customers_and_create_payments, last change first.
-- squawk-ignore-file ban-drop-table -- undoes V20260101000000__create_customers_and_create_payments, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

DROP TABLE IF EXISTS payments;

DROP TABLE IF EXISTS customers;
