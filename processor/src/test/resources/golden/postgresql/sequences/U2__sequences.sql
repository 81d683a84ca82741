-- Tablesmith migration U2__sequences (down, postgresql)
-- Undoes V2__sequences, last change first.

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER SEQUENCE users_seq INCREMENT BY 50 START WITH 1;

DROP SEQUENCE IF EXISTS orders_seq;
