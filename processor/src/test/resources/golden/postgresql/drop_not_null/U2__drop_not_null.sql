-- Tablesmith migration U2__drop_not_null (down, postgresql)
-- Undoes V2__drop_not_null, last change first.
-- squawk-ignore-file adding-not-nullable-field -- undoes V2__drop_not_null, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE users ALTER COLUMN email SET NOT NULL;
