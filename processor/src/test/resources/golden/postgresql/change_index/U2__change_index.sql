-- Tablesmith migration U2__change_index (down, postgresql)
-- Undoes V2__change_index, last change first.

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER INDEX idx_users_name_old RENAME TO idx_users_name;
