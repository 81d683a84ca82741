==> V2__drop_check.sql <==
-- Tablesmith migration V2__drop_check (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE users DROP CONSTRAINT IF EXISTS users_age_non_negative;

==> U2__drop_check.sql <==
-- Tablesmith migration U2__drop_check (down, postgresql)
-- Undoes V2__drop_check, last change first.

SET lock_timeout = '5s';

ALTER TABLE users ADD CONSTRAINT users_age_non_negative CHECK (age >= 0);

