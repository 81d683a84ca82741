-- Tablesmith migration U2__change_unique_columns (down, postgresql)
-- Undoes V2__change_unique_columns, last change first.

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE users RENAME CONSTRAINT users_email_unique_old TO users_email_unique;
