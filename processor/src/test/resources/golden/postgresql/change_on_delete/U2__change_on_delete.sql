-- Tablesmith migration U2__change_on_delete (down, postgresql)
-- Undoes V2__change_on_delete, last change first.

SET lock_timeout = '5s';

ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_user_id_fkey;

ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
