-- Tablesmith migration U2__drop_foreign_key (down, postgresql)
-- Undoes V2__drop_foreign_key, last change first.
-- squawk-ignore-file adding-foreign-key-constraint -- undoes V2__drop_foreign_key, restoring what it changed as it was
-- squawk-ignore-file constraint-missing-not-valid -- undoes V2__drop_foreign_key, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
