==> V2__change_on_delete.sql <==
-- Tablesmith migration V2__change_on_delete (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_user_id_fkey;

ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE NOT VALID;

==> U2__change_on_delete.sql <==
-- Tablesmith migration U2__change_on_delete (down, postgresql)
-- Undoes V2__change_on_delete, last change first.

SET lock_timeout = '5s';

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_user_id_fkey;

ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);

==> V2.1__change_on_delete.sql  (executeInTransaction=false) <==
-- Tablesmith migration V2.1__change_on_delete (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;

==> U2.1__change_on_delete.sql <==
-- Tablesmith migration U2.1__change_on_delete (down, postgresql)
-- Undoes V2.1__change_on_delete, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

