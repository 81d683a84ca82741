-- Tablesmith migration V20260101000011__rename_articles_to_posts (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

RENAME TABLE articles TO posts;

ALTER TABLE posts DROP FOREIGN KEY articles_author_id_fkey, ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE SET NULL;

ALTER TABLE posts RENAME INDEX articles_headline_unique TO posts_headline_unique;

-- the primary key of posts is always named PRIMARY in MySQL.

ALTER TABLE posts DROP CONSTRAINT articles_views_check, ADD CONSTRAINT posts_views_check CHECK (views >= 0);

ALTER TABLE posts RENAME INDEX idx_articles_author_id TO idx_posts_author_id;

ALTER TABLE posts RENAME INDEX idx_articles_headline TO idx_posts_headline;

-- articles_id_seq is an identity's sequence: AUTO_INCREMENT has none to rename.

ALTER TABLE posts DROP INDEX idx_posts_author_id, ADD INDEX idx_posts_author_id (author_id) COMMENT 'supports foreign key posts_author_id_fkey';
