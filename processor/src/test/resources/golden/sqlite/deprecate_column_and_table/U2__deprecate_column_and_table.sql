-- Tablesmith migration U2__deprecate_column_and_table (down, sqlite)
-- Undoes V2__deprecate_column_and_table, last change first.

-- column users.name is no longer deprecated.

-- table notes is no longer deprecated.
