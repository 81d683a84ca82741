==> V2__add_check_not_valid.sql <==
-- Tablesmith migration V2__add_check_not_valid (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID;

==> U2__add_check_not_valid.sql <==
-- Tablesmith migration U2__add_check_not_valid (down, postgresql)
-- Undoes V2__add_check_not_valid, last change first.

SET lock_timeout = '5s';

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_total_positive;

==> V2.1__add_check_not_valid.sql  (executeInTransaction=false) <==
-- Tablesmith migration V2.1__add_check_not_valid (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;

==> U2.1__add_check_not_valid.sql <==
-- Tablesmith migration U2.1__add_check_not_valid (down, postgresql)
-- Undoes V2.1__add_check_not_valid, last change first.
-- Run it outside a transaction (autocommit), like its up file.

SET lock_timeout = '5s';

