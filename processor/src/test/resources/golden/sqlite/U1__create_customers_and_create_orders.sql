-- Tablesmith migration U1__create_customers_and_create_orders (down, sqlite)
-- Undoes V1__create_customers_and_create_orders, last change first.

DROP TABLE IF EXISTS orders;

DROP TABLE IF EXISTS customers;

DROP TABLE IF EXISTS orders_seq;
