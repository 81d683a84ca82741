-- Tablesmith migration V2__drop_table (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

DROP TABLE IF EXISTS orders;
