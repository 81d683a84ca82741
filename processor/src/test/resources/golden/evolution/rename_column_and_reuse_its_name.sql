==> V2__rename_column_and_reuse_its_name.sql  (executeInTransaction=false) <==
-- Tablesmith migration V2__rename_column_and_reuse_its_name (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS idx_orders_user_id;

==> U2__rename_column_and_reuse_its_name.sql <==
-- Tablesmith migration U2__rename_column_and_reuse_its_name (down, postgresql)
-- Undoes V2__rename_column_and_reuse_its_name, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY idx_orders_user_id ON orders (user_id);

==> V2.1__rename_column_and_reuse_its_name.sql <==
-- Tablesmith migration V2.1__rename_column_and_reuse_its_name (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_user_id_fkey;

ALTER TABLE orders RENAME COLUMN user_id TO buyer_id;

ALTER TABLE orders ADD COLUMN user_id BIGINT;

ALTER TABLE orders ADD CONSTRAINT orders_buyer_id_fkey FOREIGN KEY (buyer_id) REFERENCES users (id) NOT VALID;

ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL NOT VALID;

==> U2.1__rename_column_and_reuse_its_name.sql <==
-- Tablesmith migration U2.1__rename_column_and_reuse_its_name (down, postgresql)
-- Undoes V2.1__rename_column_and_reuse_its_name, last change first.

SET lock_timeout = '5s';

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_user_id_fkey;

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_buyer_id_fkey;

ALTER TABLE orders DROP COLUMN user_id;

ALTER TABLE orders RENAME COLUMN buyer_id TO user_id;

ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);

==> V2.2__rename_column_and_reuse_its_name.sql  (executeInTransaction=false) <==
-- Tablesmith migration V2.2__rename_column_and_reuse_its_name (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE orders VALIDATE CONSTRAINT orders_buyer_id_fkey;

ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;

CREATE INDEX CONCURRENTLY idx_orders_buyer_id ON orders (buyer_id);

CREATE INDEX CONCURRENTLY idx_orders_user_id ON orders (user_id);

==> U2.2__rename_column_and_reuse_its_name.sql <==
-- Tablesmith migration U2.2__rename_column_and_reuse_its_name (down, postgresql)
-- Undoes V2.2__rename_column_and_reuse_its_name, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS idx_orders_user_id;

DROP INDEX CONCURRENTLY IF EXISTS idx_orders_buyer_id;

