-- Tablesmith migration V2.1__change_unique_columns (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

CREATE UNIQUE INDEX users_email_unique ON users (email, name);
