-- Tablesmith migration U20260101000003__add_idx_articles_title (down, mysql)
-- Undoes V20260101000003__add_idx_articles_title, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE articles DROP INDEX idx_articles_title, ALGORITHM=INPLACE, LOCK=NONE;
