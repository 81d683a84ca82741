-- Tablesmith migration U2__change_index (down, sqlite)
-- Undoes V2__change_index, last change first.

DROP INDEX IF EXISTS idx_users_name;

CREATE INDEX idx_users_name ON users (name);
