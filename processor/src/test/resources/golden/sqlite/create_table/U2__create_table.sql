-- Tablesmith migration U2__create_table (down, sqlite)
-- Undoes V2__create_table, last change first.

DROP TABLE IF EXISTS tags;
