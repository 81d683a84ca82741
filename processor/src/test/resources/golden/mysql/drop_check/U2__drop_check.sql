-- Tablesmith migration U2__drop_check (down, mysql)
-- Undoes V2__drop_check, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE users ADD CONSTRAINT users_age_non_negative CHECK (age >= 0);
