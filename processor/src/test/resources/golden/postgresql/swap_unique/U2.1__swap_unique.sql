-- Tablesmith migration U2.1__swap_unique (down, postgresql)
-- Undoes V2.1__swap_unique, last change first.
-- squawk-ignore-file disallowed-unique-constraint -- undoes V2.1__swap_unique, restoring what it changed as it was
-- squawk-ignore-file constraint-missing-not-valid -- undoes V2.1__swap_unique, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE users ADD CONSTRAINT users_email_unique UNIQUE (email);
