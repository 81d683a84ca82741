-- Tablesmith migration U2__set_not_null_plain (down, postgresql)
-- Undoes V2__set_not_null_plain, last change first.
-- squawk-ignore-file ban-drop-not-null -- undoes V2__set_not_null_plain, restoring what it changed as it was
-- squawk-ignore-file require-lock-timeout -- lock-timeout is off
-- squawk-ignore-file require-statement-timeout -- lock-timeout is off (it sets both timeouts)

-- squawk-ignore prefer-robust-stmts -- re-runnable: DROP NOT NULL does nothing to a nullable column
ALTER TABLE users ALTER COLUMN name DROP NOT NULL;
