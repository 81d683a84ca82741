-- Tablesmith migration V2__rename_table (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-ignore-file renaming-table -- @RenamedFrom("notes") on the entity asks for it (rename-breaks-readers warns)

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE notes RENAME TO memos;
