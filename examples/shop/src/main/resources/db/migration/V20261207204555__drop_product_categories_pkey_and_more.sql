-- Tablesmith migration V20261207204555__drop_product_categories_pkey_and_more (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-ignore-file adding-serial-primary-key-field -- the entity gives product_categories a primary key, built with its index under the table's lock
-- squawk-ignore-file constraint-missing-not-valid -- a primary key is built with its index (it cannot be NOT VALID)

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE product_categories DROP CONSTRAINT IF EXISTS product_categories_pkey;

ALTER TABLE product_categories ADD CONSTRAINT product_categories_pkey PRIMARY KEY (category_id, product_id);
