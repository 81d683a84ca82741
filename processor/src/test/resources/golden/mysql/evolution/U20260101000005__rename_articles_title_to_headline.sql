-- Tablesmith migration U20260101000005__rename_articles_title_to_headline (down, mysql)
-- Undoes V20260101000005__rename_articles_title_to_headline, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE articles DROP INDEX idx_articles_headline, ALGORITHM=INPLACE, LOCK=NONE;

ALTER TABLE articles RENAME COLUMN headline TO title;

ALTER TABLE articles ADD INDEX idx_articles_title (title), ALGORITHM=INPLACE, LOCK=NONE;
