-- Tablesmith migration U2__change_unique_columns (down, mysql)
-- Undoes V2__change_unique_columns, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE users DROP INDEX users_email_unique;

-- index users_email_unique went with its unique constraint.

ALTER TABLE users ADD CONSTRAINT users_email_unique UNIQUE (email);
