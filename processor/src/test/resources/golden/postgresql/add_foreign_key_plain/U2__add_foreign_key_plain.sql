-- Tablesmith migration U2__add_foreign_key_plain (down, postgresql)
-- Undoes V2__add_foreign_key_plain, last change first.
-- squawk-ignore-file ban-drop-column -- undoes V2__add_foreign_key_plain, restoring what it changed as it was
-- squawk-ignore-file require-lock-timeout -- lock-timeout is off
-- squawk-ignore-file require-statement-timeout -- lock-timeout is off (it sets both timeouts)

ALTER TABLE notes DROP CONSTRAINT IF EXISTS notes_user_id_fkey;

ALTER TABLE notes DROP COLUMN user_id;
