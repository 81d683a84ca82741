-- Tablesmith migration V2__add_column (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET lock_timeout = '5s';

ALTER TABLE users ADD COLUMN phone VARCHAR(50);
COMMENT ON COLUMN users.phone IS 'Mobile number';
