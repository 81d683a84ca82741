-- Tablesmith migration U20260101000002__add_articles_views (down, mysql)
-- Undoes V20260101000002__add_articles_views, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE articles DROP COLUMN views;
