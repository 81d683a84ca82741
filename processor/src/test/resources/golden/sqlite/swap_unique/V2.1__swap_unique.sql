-- Tablesmith migration V2.1__swap_unique (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

CREATE UNIQUE INDEX users_email_name_unique ON users (email, name);
