-- Tablesmith migration V20260101000006__alter_articles_headline_type (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

ALTER TABLE articles MODIFY COLUMN headline VARCHAR(150) NOT NULL;
