-- Tablesmith migration U20260101000000__create_customers_and_create_payments (down, postgresql)
-- Undoes V20260101000000__create_customers_and_create_payments, last change first.

DROP TABLE IF EXISTS payments;

DROP TABLE IF EXISTS customers;
