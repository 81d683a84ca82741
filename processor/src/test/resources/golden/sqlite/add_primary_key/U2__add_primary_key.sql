-- Tablesmith migration U2__add_primary_key (down, sqlite)
-- Undoes V2__add_primary_key, last change first.
-- Run it outside a transaction (autocommit), like its up file.

-- drop_notes_pkey: SQLite cannot do this with ALTER TABLE, so notes is rebuilt
-- (sqlite.org/lang_altertable.html#otheralter); foreign keys are off meanwhile, then checked.
PRAGMA foreign_keys = OFF;
SAVEPOINT rebuild_notes;
CREATE TABLE notes__rebuild (
    id BIGINT NOT NULL,
    body CLOB
);
INSERT INTO notes__rebuild (id, body)
    SELECT id, body FROM notes;
DROP TABLE notes;
ALTER TABLE notes__rebuild RENAME TO notes;
-- any row whose foreign key no longer holds fails this CHECK, and with it the migration
CREATE TEMP TABLE tablesmith_fk_violations (violations INTEGER CHECK (violations = 0));
INSERT INTO tablesmith_fk_violations SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE tablesmith_fk_violations;
RELEASE rebuild_notes;
PRAGMA foreign_keys = ON;
