-- Tablesmith migration U2.2__rename_column_and_reuse_its_name (down, sqlite)
-- Undoes V2.2__rename_column_and_reuse_its_name, last change first.

ALTER TABLE orders DROP COLUMN user_id;

ALTER TABLE orders RENAME COLUMN buyer_id TO user_id;
