-- Tablesmith migration U20261202140731__initial_schema (down, mysql)
-- Undoes V20261202140731__initial_schema, last change first.

DROP TABLE IF EXISTS loans;

DROP TABLE IF EXISTS members;

DROP TABLE IF EXISTS books;

DROP TABLE IF EXISTS authors;
