-- Tablesmith migration U2__drop_check (down, postgresql)
-- Undoes V2__drop_check, last change first.
-- squawk-ignore-file constraint-missing-not-valid -- undoes V2__drop_check, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE users ADD CONSTRAINT users_age_non_negative CHECK (age >= 0);
