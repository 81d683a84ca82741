-- Tablesmith migration V20260101000009__create_authors_and_add_articles_author_id (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

-- --------------------------------------------
-- Table: authors
-- --------------------------------------------
CREATE TABLE authors (
    id BIGINT NOT NULL AUTO_INCREMENT,
    name VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;

ALTER TABLE articles ADD COLUMN author_id BIGINT NULL;

ALTER TABLE articles ADD CONSTRAINT articles_author_id_fkey FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE SET NULL;

-- articles_author_id_fkey was checked against every row when it was added.

ALTER TABLE articles ADD INDEX idx_articles_author_id (author_id) COMMENT 'supports foreign key articles_author_id_fkey', DROP INDEX articles_author_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;
