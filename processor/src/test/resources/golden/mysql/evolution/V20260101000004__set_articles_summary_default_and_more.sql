-- Tablesmith migration V20260101000004__set_articles_summary_default_and_more (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

ALTER TABLE articles MODIFY COLUMN summary VARCHAR(200) NULL DEFAULT '';

ALTER TABLE articles MODIFY COLUMN summary VARCHAR(200) NOT NULL DEFAULT '';
