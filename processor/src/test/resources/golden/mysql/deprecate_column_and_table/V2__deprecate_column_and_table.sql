-- Tablesmith migration V2__deprecate_column_and_table (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- table notes is deprecated: a later migration may drop it.

-- column users.name is deprecated: a later migration may drop it.
