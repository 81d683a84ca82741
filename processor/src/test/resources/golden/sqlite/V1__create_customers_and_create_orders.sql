-- Tablesmith migration V1__create_customers_and_create_orders (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- Hibernate's table-backed sequence (SQLite has no sequences)
CREATE TABLE orders_seq (
    next_val BIGINT
);
INSERT INTO orders_seq VALUES (1);

-- --------------------------------------------
-- Table: customers
-- Description: Someone who places orders
-- --------------------------------------------
CREATE TABLE customers (
    -- customers: Someone who places orders
    id INTEGER,
    -- email: Where receipts go; also the login
    email VARCHAR(120) NOT NULL,
    -- status: Blocked customers cannot order; 'ACTIVE' by default
    status VARCHAR(20) NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    CONSTRAINT customers_pkey PRIMARY KEY (id),
    CONSTRAINT customers_email_unique UNIQUE (email),
    CONSTRAINT customers_status_valid CHECK (status IN ('ACTIVE', 'BLOCKED'))
);

-- Triggers
CREATE TRIGGER update_customers_updated_at
    AFTER UPDATE ON customers
    FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE customers SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE rowid = NEW.rowid;
END;

-- --------------------------------------------
-- Table: orders
-- Description: One checkout
-- --------------------------------------------
CREATE TABLE orders (
    -- orders: One checkout
    id BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    total_cents BIGINT NOT NULL,
    placed_at TIMESTAMP NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (id),
    CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE,
    CONSTRAINT orders_total_cents_positive CHECK (total_cents > 0)
);

-- Indexes
-- idx_orders_customer_id_placed_at: large orders of a customer, newest first
CREATE INDEX idx_orders_customer_id_placed_at ON orders (customer_id, placed_at DESC) WHERE total_cents > 10000;
CREATE INDEX idx_orders_placed_day ON orders ((date(placed_at)));
-- idx_orders_customer_id: supports foreign key orders_customer_id_fkey
CREATE INDEX idx_orders_customer_id ON orders (customer_id);
