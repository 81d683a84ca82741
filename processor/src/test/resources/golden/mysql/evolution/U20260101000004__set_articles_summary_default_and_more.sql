-- Tablesmith migration U20260101000004__set_articles_summary_default_and_more (down, mysql)
-- Undoes V20260101000004__set_articles_summary_default_and_more, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE articles MODIFY COLUMN summary VARCHAR(200) NULL DEFAULT '';

ALTER TABLE articles MODIFY COLUMN summary VARCHAR(200) NULL;
