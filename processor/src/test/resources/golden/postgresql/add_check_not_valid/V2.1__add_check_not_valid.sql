-- Tablesmith migration V2.1__add_check_not_valid (up, postgresql)
-- Runs outside a transaction (executeInTransaction=false in its .conf file): CONCURRENTLY
-- builds indexes without blocking writes, and each other statement commits on its own.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-disable-assume-in-transaction

SET lock_timeout = '5s';
-- No statement timeout: a CONCURRENTLY build or a validation takes as long as the table needs
-- and blocks no writes meanwhile (lock_timeout still bounds every wait for a lock).
SET statement_timeout = 0;

-- squawk-ignore prefer-robust-stmts -- re-runnable: VALIDATE CONSTRAINT does nothing to a valid constraint
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;
