==> V2__set_not_null_plain.sql <==
-- Tablesmith migration V2__set_not_null_plain (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

ALTER TABLE users ALTER COLUMN name SET NOT NULL;

==> U2__set_not_null_plain.sql <==
-- Tablesmith migration U2__set_not_null_plain (down, postgresql)
-- Undoes V2__set_not_null_plain, last change first.

ALTER TABLE users ALTER COLUMN name DROP NOT NULL;

