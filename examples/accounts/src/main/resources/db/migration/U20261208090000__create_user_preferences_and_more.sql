-- Tablesmith migration U20261208090000__create_user_preferences_and_more (down, postgresql)
-- Undoes V20261208090000__create_user_preferences_and_more, last change first.
-- squawk-ignore-file ban-drop-column -- undoes V20261208090000__create_user_preferences_and_more, restoring what it changed as it was
-- squawk-ignore-file ban-drop-table -- undoes V20261208090000__create_user_preferences_and_more, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE users DROP COLUMN verified;

ALTER TABLE users DROP COLUMN phone;

DROP TABLE IF EXISTS user_preferences;
