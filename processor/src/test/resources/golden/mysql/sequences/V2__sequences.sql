-- Tablesmith migration V2__sequences (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

CREATE SEQUENCE orders_seq START WITH 1 INCREMENT BY 50 NOCACHE;

ALTER SEQUENCE users_seq INCREMENT BY 1 START WITH 1;
