-- Tablesmith migration V20260101000003__add_idx_articles_title (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

ALTER TABLE articles ADD INDEX idx_articles_title (title), ALGORITHM=INPLACE, LOCK=NONE;
