-- Tablesmith migration V20260101000007__deprecate_articles_legacy_code (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

ALTER TABLE articles MODIFY COLUMN summary VARCHAR(200) NOT NULL DEFAULT '' COMMENT 'What the article is about, in one or two sentences';

-- column articles.legacy_code is deprecated: a later migration may drop it.
