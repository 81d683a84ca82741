-- Tablesmith migration U2__drop_table (down, sqlite)
-- Undoes V2__drop_table, last change first.

-- --------------------------------------------
-- Table: orders
-- --------------------------------------------
CREATE TABLE orders (
    id INTEGER,
    user_id BIGINT NOT NULL,
    total NUMERIC(10, 2) NOT NULL,
    status VARCHAR(20) NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (id),
    CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT orders_status_valid CHECK (status IN ('NEW', 'PAID'))
);

-- Indexes
CREATE INDEX idx_orders_user_id ON orders (user_id);
