-- Tablesmith migration V2__alter_column_type (up, sqlite)
-- Runs outside Flyway's transaction (executeInTransaction=false in its .conf file): a table rebuild
-- turns foreign keys off, which SQLite ignores inside a transaction; each rebuild is its own SAVEPOINT.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- alter_orders_total_type: SQLite cannot do this with ALTER TABLE, so orders is rebuilt
-- (sqlite.org/lang_altertable.html#otheralter); foreign keys are off meanwhile, then checked.
PRAGMA foreign_keys = OFF;
SAVEPOINT rebuild_orders;
CREATE TABLE orders__rebuild (
    id INTEGER,
    user_id BIGINT NOT NULL,
    total NUMERIC(12, 2) NOT NULL,
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

-- alter_users_age_type: SQLite cannot do this with ALTER TABLE, so users is rebuilt
-- (sqlite.org/lang_altertable.html#otheralter); foreign keys are off meanwhile, then checked.
PRAGMA foreign_keys = OFF;
SAVEPOINT rebuild_users;
CREATE TABLE users__rebuild (
    -- users: Accounts
    id INTEGER,
    email VARCHAR(255) NOT NULL,
    name VARCHAR(100),
    age BIGINT,
    created_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_email_unique UNIQUE (email),
    CONSTRAINT users_age_non_negative CHECK (age >= 0)
);
INSERT INTO users__rebuild (id, email, name, age, created_at)
    SELECT id, email, name, age, created_at FROM users;
DROP TABLE users;
ALTER TABLE users__rebuild RENAME TO users;
CREATE INDEX idx_users_name ON users (name);
-- any row whose foreign key no longer holds fails this CHECK, and with it the migration
CREATE TEMP TABLE tablesmith_fk_violations (violations INTEGER CHECK (violations = 0));
INSERT INTO tablesmith_fk_violations SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE tablesmith_fk_violations;
RELEASE rebuild_users;
PRAGMA foreign_keys = ON;

-- alter_users_name_type: SQLite cannot do this with ALTER TABLE, so users is rebuilt
-- (sqlite.org/lang_altertable.html#otheralter); foreign keys are off meanwhile, then checked.
PRAGMA foreign_keys = OFF;
SAVEPOINT rebuild_users;
CREATE TABLE users__rebuild (
    -- users: Accounts
    id INTEGER,
    email VARCHAR(255) NOT NULL,
    name VARCHAR(200),
    age BIGINT,
    created_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_email_unique UNIQUE (email),
    CONSTRAINT users_age_non_negative CHECK (age >= 0)
);
INSERT INTO users__rebuild (id, email, name, age, created_at)
    SELECT id, email, name, age, created_at FROM users;
DROP TABLE users;
ALTER TABLE users__rebuild RENAME TO users;
CREATE INDEX idx_users_name ON users (name);
-- any row whose foreign key no longer holds fails this CHECK, and with it the migration
CREATE TEMP TABLE tablesmith_fk_violations (violations INTEGER CHECK (violations = 0));
INSERT INTO tablesmith_fk_violations SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE tablesmith_fk_violations;
RELEASE rebuild_users;
PRAGMA foreign_keys = ON;
