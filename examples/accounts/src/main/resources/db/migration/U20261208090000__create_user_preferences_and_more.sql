-- Tablesmith migration U20261208090000__create_user_preferences_and_more (down, postgresql)
-- Undoes V20261208090000__create_user_preferences_and_more, last change first.

SET lock_timeout = '5s';

ALTER TABLE users DROP COLUMN verified;

ALTER TABLE users DROP COLUMN phone;

DROP TABLE IF EXISTS user_preferences;
