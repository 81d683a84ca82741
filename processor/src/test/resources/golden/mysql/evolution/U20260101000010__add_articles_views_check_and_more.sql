-- Tablesmith migration U20260101000010__add_articles_views_check_and_more (down, mysql)
-- Undoes V20260101000010__add_articles_views_check_and_more, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE articles DROP INDEX articles_headline_unique;

-- index articles_headline_unique went with its unique constraint.

ALTER TABLE articles COMMENT = 'A published article';

ALTER TABLE articles DROP CONSTRAINT articles_views_check;
