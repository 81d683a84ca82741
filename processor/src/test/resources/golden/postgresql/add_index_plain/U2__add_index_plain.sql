-- Tablesmith migration U2__add_index_plain (down, postgresql)
-- Undoes V2__add_index_plain, last change first.
-- squawk-ignore-file require-concurrent-index-deletion -- undoes V2__add_index_plain, restoring what it changed as it was
-- squawk-ignore-file require-lock-timeout -- lock-timeout is off
-- squawk-ignore-file require-statement-timeout -- lock-timeout is off (it sets both timeouts)

DROP INDEX IF EXISTS idx_orders_status;
