-- Tablesmith migration U2__comments (down, postgresql)
-- Undoes V2__comments, last change first.

SET lock_timeout = '5s';
SET statement_timeout = '1h';

COMMENT ON INDEX idx_users_name IS NULL;

COMMENT ON COLUMN users.email IS NULL;

COMMENT ON TABLE users IS 'Accounts';
