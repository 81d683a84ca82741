-- Tablesmith migration U20260101000000__initial_schema (down, postgresql)
-- Undoes V20260101000000__initial_schema, last change first.
-- squawk-ignore-file ban-drop-table -- undoes V20260101000000__initial_schema, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

DROP TABLE IF EXISTS garages;

DROP TABLE IF EXISTS trucks;

DROP TABLE IF EXISTS cars;

DROP TABLE IF EXISTS vehicles;

DROP TABLE IF EXISTS invoices;

DROP TABLE IF EXISTS documents;
