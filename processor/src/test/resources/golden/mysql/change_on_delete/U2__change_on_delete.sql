-- Tablesmith migration U2__change_on_delete (down, mysql)
-- Undoes V2__change_on_delete, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE orders DROP FOREIGN KEY orders_user_id_fkey;

ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
