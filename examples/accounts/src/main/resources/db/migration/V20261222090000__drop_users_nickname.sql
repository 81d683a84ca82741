-- Tablesmith migration V20261222090000__drop_users_nickname (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE users DROP COLUMN nickname;
