-- Tablesmith migration U20260101000005__rename_articles_title_to_headline (down, mysql)
-- Undoes V20260101000005__rename_articles_title_to_headline, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE articles RENAME INDEX idx_articles_headline TO idx_articles_title;

ALTER TABLE articles RENAME COLUMN headline TO title;
