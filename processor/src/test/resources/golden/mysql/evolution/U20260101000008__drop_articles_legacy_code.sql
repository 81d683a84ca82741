-- Tablesmith migration U20260101000008__drop_articles_legacy_code (down, mysql)
-- Undoes V20260101000008__drop_articles_legacy_code, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE articles ADD COLUMN legacy_code VARCHAR(20) NULL;
