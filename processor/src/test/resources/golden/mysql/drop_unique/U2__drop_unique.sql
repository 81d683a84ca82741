-- Tablesmith migration U2__drop_unique (down, mysql)
-- Undoes V2__drop_unique, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE users ADD CONSTRAINT users_email_unique UNIQUE (email);
