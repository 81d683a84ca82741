-- Tablesmith migration U20260101000011__rename_articles_to_posts (down, mysql)
-- Undoes V20260101000011__rename_articles_to_posts, last change first.

SET SESSION lock_wait_timeout = 5;

ALTER TABLE posts DROP INDEX idx_posts_author_id, ADD INDEX idx_posts_author_id (author_id) COMMENT 'supports foreign key articles_author_id_fkey';

-- posts_id_seq is an identity's sequence: AUTO_INCREMENT has none to rename.

ALTER TABLE posts RENAME INDEX idx_posts_headline TO idx_articles_headline;

ALTER TABLE posts RENAME INDEX idx_posts_author_id TO idx_articles_author_id;

ALTER TABLE posts DROP CONSTRAINT posts_views_check, ADD CONSTRAINT articles_views_check CHECK (views >= 0);

-- the primary key of posts is always named PRIMARY in MySQL.

ALTER TABLE posts RENAME INDEX posts_headline_unique TO articles_headline_unique;

ALTER TABLE posts DROP FOREIGN KEY posts_author_id_fkey, ADD CONSTRAINT articles_author_id_fkey FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE SET NULL;

RENAME TABLE posts TO articles;
