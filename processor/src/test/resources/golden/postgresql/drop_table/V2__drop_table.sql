-- Tablesmith migration V2__drop_table (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-ignore-file ban-drop-table -- the drop of orders is confirmed (-Atablesmith.allowDrop)

SET lock_timeout = '5s';
SET statement_timeout = '1h';

DROP TABLE IF EXISTS orders;
