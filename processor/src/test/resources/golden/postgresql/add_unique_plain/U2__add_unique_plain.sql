-- Tablesmith migration U2__add_unique_plain (down, postgresql)
-- Undoes V2__add_unique_plain, last change first.
-- squawk-ignore-file require-lock-timeout -- lock-timeout is off
-- squawk-ignore-file require-statement-timeout -- lock-timeout is off (it sets both timeouts)

ALTER TABLE users DROP CONSTRAINT IF EXISTS users_name_unique;
