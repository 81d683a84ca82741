-- Tablesmith migration V2.1__drop_column_with_index (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-ignore-file ban-drop-column -- the drop of users.name is confirmed (-Atablesmith.allowDrop)

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE users DROP COLUMN name;
