-- Tablesmith migration U20260101000000__initial_schema (down, postgresql)
-- Undoes V20260101000000__initial_schema, last change first.

DROP TABLE IF EXISTS garages;

DROP TABLE IF EXISTS trucks;

DROP TABLE IF EXISTS cars;

DROP TABLE IF EXISTS vehicles;

DROP TABLE IF EXISTS invoices;

DROP TABLE IF EXISTS documents;
