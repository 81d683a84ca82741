-- Tablesmith migration V2__deprecate_column_and_table (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- table notes is deprecated: a later migration may drop it.

-- column users.name is deprecated: a later migration may drop it.
