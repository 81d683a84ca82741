-- Tablesmith migration U2__drop_check (down, postgresql)
-- Undoes V2__drop_check, last change first.

SET lock_timeout = '5s';

ALTER TABLE users ADD CONSTRAINT users_age_non_negative CHECK (age >= 0);
