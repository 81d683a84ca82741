-- Tablesmith migration V20261222090000__drop_users_nickname (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-ignore-file ban-drop-column -- users.nickname was deprecated by an earlier migration (drop-needs-deprecation)

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE users DROP COLUMN nickname;
