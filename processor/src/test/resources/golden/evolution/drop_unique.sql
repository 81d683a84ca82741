==> V2__drop_unique.sql <==
-- Tablesmith migration V2__drop_unique (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_unique;

==> U2__drop_unique.sql <==
-- Tablesmith migration U2__drop_unique (down, postgresql)
-- Undoes V2__drop_unique, last change first.

SET lock_timeout = '5s';

ALTER TABLE users ADD CONSTRAINT users_email_unique UNIQUE (email);

