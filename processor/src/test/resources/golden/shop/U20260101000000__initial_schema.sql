-- Tablesmith migration U20260101000000__initial_schema (down, postgresql)
-- Undoes V20260101000000__initial_schema, last change first.

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
