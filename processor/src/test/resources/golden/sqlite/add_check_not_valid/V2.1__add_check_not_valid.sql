-- Tablesmith migration V2.1__add_check_not_valid (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- orders_total_positive was checked against every row when its table was rebuilt.
