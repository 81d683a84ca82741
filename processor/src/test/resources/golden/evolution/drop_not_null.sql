==> V2__drop_not_null.sql <==
-- Tablesmith migration V2__drop_not_null (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE users ALTER COLUMN email DROP NOT NULL;

==> U2__drop_not_null.sql <==
-- Tablesmith migration U2__drop_not_null (down, postgresql)
-- Undoes V2__drop_not_null, last change first.

SET lock_timeout = '5s';

ALTER TABLE users ALTER COLUMN email SET NOT NULL;

