-- Tablesmith migration U20260101000007__deprecate_articles_legacy_code (down, mysql)
-- Undoes V20260101000007__deprecate_articles_legacy_code, last change first.

SET SESSION lock_wait_timeout = 5;

-- column articles.legacy_code is no longer deprecated.

ALTER TABLE articles MODIFY COLUMN summary VARCHAR(200) NOT NULL DEFAULT '';
