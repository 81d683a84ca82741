-- Tablesmith migration V2.1__enum_values_changed (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- orders_status_valid was checked against every row when its table was rebuilt.
