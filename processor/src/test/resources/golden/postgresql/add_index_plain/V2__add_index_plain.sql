-- Tablesmith migration V2__add_index_plain (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-ignore-file require-concurrent-index-creation -- index-concurrently is off
-- squawk-ignore-file require-lock-timeout -- lock-timeout is off
-- squawk-ignore-file require-statement-timeout -- lock-timeout is off (it sets both timeouts)

CREATE INDEX idx_orders_status ON orders (status);
