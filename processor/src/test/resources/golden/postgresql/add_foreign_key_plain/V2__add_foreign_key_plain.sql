-- Tablesmith migration V2__add_foreign_key_plain (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-ignore-file adding-foreign-key-constraint -- fk-not-valid is off
-- squawk-ignore-file constraint-missing-not-valid -- fk-not-valid is off
-- squawk-ignore-file require-lock-timeout -- lock-timeout is off
-- squawk-ignore-file require-statement-timeout -- lock-timeout is off (it sets both timeouts)

ALTER TABLE notes ADD COLUMN user_id BIGINT;

ALTER TABLE notes ADD CONSTRAINT notes_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
