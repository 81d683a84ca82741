-- Tablesmith migration U2__drop_column_with_index (down, sqlite)
-- Undoes V2__drop_column_with_index, last change first.

ALTER TABLE users ADD COLUMN name VARCHAR(100);

CREATE INDEX idx_users_name ON users (name);
