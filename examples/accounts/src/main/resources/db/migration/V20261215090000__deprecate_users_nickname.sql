-- Tablesmith migration V20261215090000__deprecate_users_nickname (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- column users.nickname is deprecated: a later migration may drop it.
