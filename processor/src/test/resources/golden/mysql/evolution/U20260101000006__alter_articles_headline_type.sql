-- Tablesmith migration U20260101000006__alter_articles_headline_type (down, mysql)
-- Undoes V20260101000006__alter_articles_headline_type, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE articles MODIFY COLUMN headline VARCHAR(100) NOT NULL;
