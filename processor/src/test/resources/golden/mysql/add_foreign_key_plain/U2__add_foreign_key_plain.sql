-- Tablesmith migration U2__add_foreign_key_plain (down, mysql)
-- Undoes V2__add_foreign_key_plain, last change first.

ALTER TABLE notes DROP FOREIGN KEY notes_user_id_fkey, DROP INDEX notes_user_id_fkey;

ALTER TABLE notes DROP COLUMN user_id;
