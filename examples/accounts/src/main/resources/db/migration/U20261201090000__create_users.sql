-- Tablesmith migration U20261201090000__create_users (down, postgresql)
-- Undoes V20261201090000__create_users, last change first.

DROP TABLE IF EXISTS users;

DROP FUNCTION IF EXISTS update_updated_at_column();
