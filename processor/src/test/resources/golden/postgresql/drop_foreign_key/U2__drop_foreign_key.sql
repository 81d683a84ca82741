-- Tablesmith migration U2__drop_foreign_key (down, postgresql)
-- Undoes V2__drop_foreign_key, last change first.

SET lock_timeout = '5s';

ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
