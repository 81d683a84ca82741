-- Tablesmith migration U20261125055451__initial_schema (down, postgresql)
-- Undoes V20261125055451__initial_schema, last change first.
-- squawk-ignore-file ban-drop-table -- undoes V20261125055451__initial_schema, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

DROP TABLE IF EXISTS user_roles;

DROP TABLE IF EXISTS user_preferences;

DROP TABLE IF EXISTS order_items;

DROP TABLE IF EXISTS orders;

DROP TABLE IF EXISTS bookings;

DROP TABLE IF EXISTS articles;

DROP TABLE IF EXISTS users;

DROP TABLE IF EXISTS rooms;

DROP TABLE IF EXISTS product_categories;

DROP TABLE IF EXISTS inventory;

DROP TABLE IF EXISTS products;

DROP TABLE IF EXISTS categories;

DROP FUNCTION IF EXISTS update_updated_at_column();

DROP SEQUENCE IF EXISTS articles_seq;
