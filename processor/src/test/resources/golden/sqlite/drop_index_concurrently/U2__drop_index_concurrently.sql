-- Tablesmith migration U2__drop_index_concurrently (down, sqlite)
-- Undoes V2__drop_index_concurrently, last change first.

CREATE INDEX idx_users_name ON users (name);
