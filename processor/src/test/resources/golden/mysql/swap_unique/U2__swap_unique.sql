-- Tablesmith migration U2__swap_unique (down, mysql)
-- Undoes V2__swap_unique, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE users DROP INDEX users_email_name_unique;

-- index users_email_name_unique went with its unique constraint.

ALTER TABLE users ADD CONSTRAINT users_email_unique UNIQUE (email);
