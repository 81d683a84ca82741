-- Tablesmith migration U20261207204555__drop_product_categories_pkey_and_more (down, postgresql)
-- Undoes V20261207204555__drop_product_categories_pkey_and_more, last change first.
-- squawk-ignore-file adding-serial-primary-key-field -- undoes V20261207204555__drop_product_categories_pkey_and_more, restoring what it changed as it was
-- squawk-ignore-file constraint-missing-not-valid -- undoes V20261207204555__drop_product_categories_pkey_and_more, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

ALTER TABLE product_categories DROP CONSTRAINT IF EXISTS product_categories_pkey;

ALTER TABLE product_categories ADD CONSTRAINT product_categories_pkey PRIMARY KEY (product_id, category_id);
