-- Tablesmith migration V2__add_unique_plain (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-ignore-file disallowed-unique-constraint -- index-concurrently is off, or a foreign key added with it references users_name_unique
-- squawk-ignore-file constraint-missing-not-valid -- a unique key is built with its index (it cannot be NOT VALID)
-- squawk-ignore-file require-lock-timeout -- lock-timeout is off
-- squawk-ignore-file require-statement-timeout -- lock-timeout is off (it sets both timeouts)

ALTER TABLE users ADD CONSTRAINT users_name_unique UNIQUE (name);
