-- Tablesmith migration U2.1__swap_unique (down, sqlite)
-- Undoes V2.1__swap_unique, last change first.

DROP INDEX IF EXISTS users_email_name_unique;
