-- Tablesmith migration U20261215090000__set_users_verified_not_null (down, postgresql)
-- Undoes V20261215090000__set_users_verified_not_null, last change first.

ALTER TABLE users ALTER COLUMN verified DROP NOT NULL;
