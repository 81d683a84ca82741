-- Tablesmith migration V2__change_unique_columns (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

ALTER TABLE users DROP INDEX users_email_unique;

ALTER TABLE users ADD UNIQUE INDEX users_email_unique (email, name), ALGORITHM=INPLACE, LOCK=NONE;

-- the unique index users_email_unique is the constraint: MySQL enforces UNIQUE with it.
