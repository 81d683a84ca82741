==> V2__drop_foreign_key.sql <==
-- Tablesmith migration V2__drop_foreign_key (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_user_id_fkey;

==> U2__drop_foreign_key.sql <==
-- Tablesmith migration U2__drop_foreign_key (down, postgresql)
-- Undoes V2__drop_foreign_key, last change first.

SET lock_timeout = '5s';

ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);

