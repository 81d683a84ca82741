-- Tablesmith migration V2.2__swap_unique (up, sqlite)
-- Runs outside Flyway's transaction (executeInTransaction=false in its .conf file): a table rebuild
-- turns foreign keys off, which SQLite ignores inside a transaction; each rebuild is its own SAVEPOINT.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- add_users_email_name_unique: SQLite cannot do this with ALTER TABLE, so users is rebuilt
-- (sqlite.org/lang_altertable.html#otheralter); foreign keys are off meanwhile, then checked.
PRAGMA foreign_keys = OFF;
SAVEPOINT rebuild_users;
CREATE TABLE users__rebuild (
    -- users: Accounts
    id INTEGER,
    email VARCHAR(255) NOT NULL,
    name VARCHAR(100),
    age INTEGER,
    created_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_email_name_unique UNIQUE (email, name),
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
