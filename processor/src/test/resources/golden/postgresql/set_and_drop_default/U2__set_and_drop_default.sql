-- Tablesmith migration U2__set_and_drop_default (down, postgresql)
-- Undoes V2__set_and_drop_default, last change first.

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE users ALTER COLUMN age DROP DEFAULT;

ALTER TABLE users ALTER COLUMN created_at SET DEFAULT now();
