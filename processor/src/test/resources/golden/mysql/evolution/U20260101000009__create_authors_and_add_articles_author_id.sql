-- Tablesmith migration U20260101000009__create_authors_and_add_articles_author_id (down, mysql)
-- Undoes V20260101000009__create_authors_and_add_articles_author_id, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE articles DROP INDEX idx_articles_author_id, ADD INDEX articles_author_id_fkey (author_id), ALGORITHM=INPLACE, LOCK=NONE;

ALTER TABLE articles DROP FOREIGN KEY articles_author_id_fkey, DROP INDEX articles_author_id_fkey;

ALTER TABLE articles DROP COLUMN author_id;

DROP TABLE IF EXISTS authors;
