==> V2__enum_values_changed.sql <==
-- Tablesmith migration V2__enum_values_changed (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_status_valid;

ALTER TABLE orders ADD CONSTRAINT orders_status_valid CHECK (status IN ('NEW', 'PAID', 'SHIPPED')) NOT VALID;

==> U2__enum_values_changed.sql <==
-- Tablesmith migration U2__enum_values_changed (down, postgresql)
-- Undoes V2__enum_values_changed, last change first.

SET lock_timeout = '5s';

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_status_valid;

ALTER TABLE orders ADD CONSTRAINT orders_status_valid CHECK (status IN ('NEW', 'PAID'));

==> V2.1__enum_values_changed.sql  (executeInTransaction=false) <==
-- Tablesmith migration V2.1__enum_values_changed (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE orders VALIDATE CONSTRAINT orders_status_valid;

==> U2.1__enum_values_changed.sql <==
-- Tablesmith migration U2.1__enum_values_changed (down, postgresql)
-- Undoes V2.1__enum_values_changed, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

