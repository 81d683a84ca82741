-- Tablesmith migration V2__set_not_null_plain (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-ignore-file adding-not-nullable-field -- safe-set-not-null is off, or a new primary key needs the column NOT NULL
-- squawk-ignore-file require-lock-timeout -- lock-timeout is off
-- squawk-ignore-file require-statement-timeout -- lock-timeout is off (it sets both timeouts)

ALTER TABLE users ALTER COLUMN name SET NOT NULL;
