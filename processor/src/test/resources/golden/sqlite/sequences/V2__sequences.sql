-- Tablesmith migration V2__sequences (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- Hibernate's table-backed sequence (SQLite has no sequences)
CREATE TABLE orders_seq (
    next_val BIGINT
);
INSERT INTO orders_seq VALUES (1);

-- users_seq: Hibernate's table generator keeps only next_val; the increment (allocation size 1) lives in the entity.
