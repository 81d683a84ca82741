-- Tablesmith migration V2__alter_customers_email_type (up, sqlite)
-- Runs outside Flyway's transaction (executeInTransaction=false in its .conf file): a table rebuild
-- turns foreign keys off, which SQLite ignores inside a transaction; each rebuild is its own SAVEPOINT.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- alter_customers_email_type: SQLite cannot do this with ALTER TABLE, so customers is rebuilt
-- (sqlite.org/lang_altertable.html#otheralter); foreign keys are off meanwhile, then checked.
PRAGMA foreign_keys = OFF;
SAVEPOINT rebuild_customers;
CREATE TABLE customers__rebuild (
    -- customers: Someone who places orders
    id INTEGER,
    -- email: Where receipts go; also the login
    email VARCHAR(200) NOT NULL,
    -- status: Blocked customers cannot order; 'ACTIVE' by default
    status VARCHAR(20) NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    CONSTRAINT customers_pkey PRIMARY KEY (id),
    CONSTRAINT customers_email_unique UNIQUE (email),
    CONSTRAINT customers_status_valid CHECK (status IN ('ACTIVE', 'BLOCKED'))
);
INSERT INTO customers__rebuild (id, email, status, created_at, updated_at)
    SELECT id, email, status, created_at, updated_at FROM customers;
DROP TABLE customers;
ALTER TABLE customers__rebuild RENAME TO customers;
CREATE TRIGGER update_customers_updated_at
    AFTER UPDATE ON customers
    FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE customers SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE rowid = NEW.rowid;
END;
-- any row whose foreign key no longer holds fails this CHECK, and with it the migration
CREATE TEMP TABLE tablesmith_fk_violations (violations INTEGER CHECK (violations = 0));
INSERT INTO tablesmith_fk_violations SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE tablesmith_fk_violations;
RELEASE rebuild_customers;
PRAGMA foreign_keys = ON;
