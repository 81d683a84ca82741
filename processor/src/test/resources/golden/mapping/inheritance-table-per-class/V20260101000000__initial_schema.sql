-- Tablesmith migration V20260101000000__initial_schema (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-ignore-file prefer-text-field -- VARCHAR(n) is the length the entity declares (varchar-length), which Hibernate validates; a longer VARCHAR later changes only the catalog

SET lock_timeout = '5s';
SET statement_timeout = '1h';

CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 50;

CREATE SEQUENCE transfers_seq START WITH 1 INCREMENT BY 50;

-- --------------------------------------------
-- Table: checking_accounts
-- --------------------------------------------
CREATE TABLE checking_accounts (
    -- Primary key
    id BIGINT NOT NULL,

    -- Columns
    owner VARCHAR(100) NOT NULL,
    overdraft BIGINT NOT NULL,

    -- Constraints
    CONSTRAINT checking_accounts_pkey PRIMARY KEY (id)
);

-- --------------------------------------------
-- Table: savings_accounts
-- --------------------------------------------
CREATE TABLE savings_accounts (
    -- Primary key
    id BIGINT NOT NULL,

    -- Columns
    owner VARCHAR(100) NOT NULL,
    rate DOUBLE PRECISION NOT NULL,

    -- Constraints
    CONSTRAINT savings_accounts_pkey PRIMARY KEY (id)
);

-- --------------------------------------------
-- Table: transfers
-- Description: A key to the hierarchy has no table to reference (Hibernate writes none); one to a leaf has
-- --------------------------------------------
CREATE TABLE transfers (
    -- Primary key
    id BIGINT NOT NULL,

    -- Foreign keys
    target_id BIGINT,

    -- Columns
    source_id BIGINT,

    -- Constraints
    CONSTRAINT transfers_pkey PRIMARY KEY (id),
    CONSTRAINT transfers_target_id_fkey FOREIGN KEY (target_id) REFERENCES savings_accounts (id)
);

-- Indexes
CREATE INDEX idx_transfers_target_id ON transfers (target_id);

-- Comments
COMMENT ON TABLE transfers IS 'A key to the hierarchy has no table to reference (Hibernate writes none); one to a leaf has';
COMMENT ON INDEX idx_transfers_target_id IS 'supports foreign key transfers_target_id_fkey';
