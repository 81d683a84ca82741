-- Tablesmith migration U2__drop_table (down, mysql)
-- Undoes V2__drop_table, last change first.

SET SESSION lock_wait_timeout = 5;

-- --------------------------------------------
-- Table: orders
-- --------------------------------------------
CREATE TABLE orders (
    id BIGINT NOT NULL AUTO_INCREMENT,
    user_id BIGINT NOT NULL,
    total DECIMAL(10, 2) NOT NULL,
    status VARCHAR(20) NOT NULL,
    PRIMARY KEY (id),
    INDEX idx_orders_user_id (user_id),
    CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT orders_status_valid CHECK (status IN ('NEW', 'PAID'))
) ENGINE=InnoDB;
