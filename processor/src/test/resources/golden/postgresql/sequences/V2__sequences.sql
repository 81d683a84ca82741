-- Tablesmith migration V2__sequences (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';
SET statement_timeout = '1h';

CREATE SEQUENCE orders_seq START WITH 1 INCREMENT BY 50;

ALTER SEQUENCE users_seq INCREMENT BY 1 START WITH 1;
