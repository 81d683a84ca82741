-- Tablesmith migration U20260101000000__initial_schema (down, postgresql)
-- Undoes V20260101000000__initial_schema, last change first.
-- squawk-ignore-file ban-drop-table -- undoes V20260101000000__initial_schema, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

DROP TABLE IF EXISTS sales.order_notes;

DROP TABLE IF EXISTS sales.order_coupons;

DROP TABLE IF EXISTS sales.orders;

DROP TABLE IF EXISTS sales.coupons;

DROP TABLE IF EXISTS customers;

DROP SEQUENCE IF EXISTS sales.order_ids;

DROP SEQUENCE IF EXISTS coupons_seq;
