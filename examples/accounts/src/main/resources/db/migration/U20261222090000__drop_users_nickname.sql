-- Tablesmith migration U20261222090000__drop_users_nickname (down, postgresql)
-- Undoes V20261222090000__drop_users_nickname, last change first.
-- squawk-ignore-file prefer-text-field -- VARCHAR(n) is the length the entity declares (varchar-length), which Hibernate validates; a longer VARCHAR later changes only the catalog

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE users ADD COLUMN nickname VARCHAR(50);
COMMENT ON COLUMN users.nickname IS 'The name shown in the old forum; replaced by name';
