-- Tablesmith migration U2__drop_foreign_key (down, mysql)
-- Undoes V2__drop_foreign_key, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
