-- Tablesmith migration V2__rename_table (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

ALTER TABLE notes RENAME TO memos;
