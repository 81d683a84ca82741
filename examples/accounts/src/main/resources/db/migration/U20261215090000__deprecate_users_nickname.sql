-- Tablesmith migration U20261215090000__deprecate_users_nickname (down, postgresql)
-- Undoes V20261215090000__deprecate_users_nickname, last change first.

-- column users.nickname is no longer deprecated.
