-- Tablesmith migration U2.2__change_unique_columns (down, postgresql)
-- Undoes V2.2__change_unique_columns, last change first.
-- squawk-ignore-file disallowed-unique-constraint -- undoes V2.2__change_unique_columns, restoring what it changed as it was
-- squawk-ignore-file constraint-missing-not-valid -- undoes V2.2__change_unique_columns, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE users ADD CONSTRAINT users_email_unique_old UNIQUE (email);
