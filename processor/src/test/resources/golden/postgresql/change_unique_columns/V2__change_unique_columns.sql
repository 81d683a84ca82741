-- Tablesmith migration V2__change_unique_columns (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE users RENAME CONSTRAINT users_email_unique TO users_email_unique_old;
