-- Tablesmith migration U2.1__change_unique_columns (down, sqlite)
-- Undoes V2.1__change_unique_columns, last change first.

DROP INDEX IF EXISTS users_email_unique;
