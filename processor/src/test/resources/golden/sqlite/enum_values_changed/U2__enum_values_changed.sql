-- Tablesmith migration U2__enum_values_changed (down, sqlite)
-- Undoes V2__enum_values_changed, last change first.
-- Run it outside a transaction (autocommit), like its up file.

-- drop_orders_status_valid: SQLite cannot do this with ALTER TABLE, so orders is rebuilt
-- (sqlite.org/lang_altertable.html#otheralter); foreign keys are off meanwhile, then checked.
PRAGMA foreign_keys = OFF;
SAVEPOINT rebuild_orders;
CREATE TABLE orders__rebuild (
    id INTEGER,
    user_id BIGINT NOT NULL,
    total NUMERIC(10, 2) NOT NULL,
    status VARCHAR(20) NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (id),
    CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id)
);
INSERT INTO orders__rebuild (id, user_id, total, status)
    SELECT id, user_id, total, status FROM orders;
DROP TABLE orders;
ALTER TABLE orders__rebuild RENAME TO orders;
CREATE INDEX idx_orders_user_id ON orders (user_id);
-- any row whose foreign key no longer holds fails this CHECK, and with it the migration
CREATE TEMP TABLE tablesmith_fk_violations (violations INTEGER CHECK (violations = 0));
INSERT INTO tablesmith_fk_violations SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE tablesmith_fk_violations;
RELEASE rebuild_orders;
PRAGMA foreign_keys = ON;

-- add_orders_status_valid: SQLite cannot do this with ALTER TABLE, so orders is rebuilt
-- (sqlite.org/lang_altertable.html#otheralter); foreign keys are off meanwhile, then checked.
PRAGMA foreign_keys = OFF;
SAVEPOINT rebuild_orders;
CREATE TABLE orders__rebuild (
    id INTEGER,
    user_id BIGINT NOT NULL,
    total NUMERIC(10, 2) NOT NULL,
    status VARCHAR(20) NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (id),
    CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT orders_status_valid CHECK (status IN ('NEW', 'PAID'))
);
INSERT INTO orders__rebuild (id, user_id, total, status)
    SELECT id, user_id, total, status FROM orders;
DROP TABLE orders;
ALTER TABLE orders__rebuild RENAME TO orders;
CREATE INDEX idx_orders_user_id ON orders (user_id);
-- any row whose foreign key no longer holds fails this CHECK, and with it the migration
CREATE TEMP TABLE tablesmith_fk_violations (violations INTEGER CHECK (violations = 0));
INSERT INTO tablesmith_fk_violations SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE tablesmith_fk_violations;
RELEASE rebuild_orders;
PRAGMA foreign_keys = ON;
