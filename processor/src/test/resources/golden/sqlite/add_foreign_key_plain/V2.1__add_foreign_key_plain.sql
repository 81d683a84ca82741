-- Tablesmith migration V2.1__add_foreign_key_plain (up, sqlite)
-- Runs outside Flyway's transaction (executeInTransaction=false in its .conf file): a table rebuild
-- turns foreign keys off, which SQLite ignores inside a transaction; each rebuild is its own SAVEPOINT.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- add_notes_user_id_fkey: SQLite cannot do this with ALTER TABLE, so notes is rebuilt
-- (sqlite.org/lang_altertable.html#otheralter); foreign keys are off meanwhile, then checked.
PRAGMA foreign_keys = OFF;
SAVEPOINT rebuild_notes;
CREATE TABLE notes__rebuild (
    id BIGINT NOT NULL,
    body CLOB,
    user_id BIGINT,
    CONSTRAINT notes_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id)
);
INSERT INTO notes__rebuild (id, body, user_id)
    SELECT id, body, user_id FROM notes;
DROP TABLE notes;
ALTER TABLE notes__rebuild RENAME TO notes;
-- any row whose foreign key no longer holds fails this CHECK, and with it the migration
CREATE TEMP TABLE tablesmith_fk_violations (violations INTEGER CHECK (violations = 0));
INSERT INTO tablesmith_fk_violations SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE tablesmith_fk_violations;
RELEASE rebuild_notes;
PRAGMA foreign_keys = ON;
