-- Tablesmith migration V20260101000005__rename_articles_title_to_headline (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

ALTER TABLE articles RENAME COLUMN title TO headline;

ALTER TABLE articles RENAME INDEX idx_articles_title TO idx_articles_headline;
