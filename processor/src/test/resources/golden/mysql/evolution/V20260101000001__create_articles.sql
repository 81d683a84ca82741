-- Tablesmith migration V20260101000001__create_articles (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- --------------------------------------------
-- Table: articles
-- Description: A published article
-- --------------------------------------------
CREATE TABLE articles (
    id BIGINT NOT NULL AUTO_INCREMENT,
    title VARCHAR(100) NOT NULL,
    summary VARCHAR(200) NULL,
    legacy_code VARCHAR(20) NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB COMMENT='A published article';
