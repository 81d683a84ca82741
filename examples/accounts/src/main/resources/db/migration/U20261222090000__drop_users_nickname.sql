-- Tablesmith migration U20261222090000__drop_users_nickname (down, postgresql)
-- Undoes V20261222090000__drop_users_nickname, last change first.

SET lock_timeout = '5s';

ALTER TABLE users ADD COLUMN nickname VARCHAR(50);
COMMENT ON COLUMN users.nickname IS 'The name shown in the old forum; replaced by name';
