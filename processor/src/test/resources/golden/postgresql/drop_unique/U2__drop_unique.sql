-- Tablesmith migration U2__drop_unique (down, postgresql)
-- Undoes V2__drop_unique, last change first.

SET lock_timeout = '5s';

ALTER TABLE users ADD CONSTRAINT users_email_unique UNIQUE (email);
