-- Tablesmith migration U2__sequences (down, sqlite)
-- Undoes V2__sequences, last change first.

-- users_seq: Hibernate's table generator keeps only next_val; the increment (allocation size 50) lives in the entity.

DROP TABLE IF EXISTS orders_seq;
