-- Tablesmith migration U2__drop_not_null (down, postgresql)
-- Undoes V2__drop_not_null, last change first.

SET lock_timeout = '5s';

ALTER TABLE users ALTER COLUMN email SET NOT NULL;
