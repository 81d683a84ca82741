-- Tablesmith migration U20260101000001__create_articles (down, mysql)
-- Undoes V20260101000001__create_articles, last change first.

DROP TABLE IF EXISTS articles;
