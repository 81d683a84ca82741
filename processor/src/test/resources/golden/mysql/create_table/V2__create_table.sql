-- Tablesmith migration V2__create_table (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

-- --------------------------------------------
-- Table: tags
-- --------------------------------------------
CREATE TABLE tags (
    id BIGINT NOT NULL AUTO_INCREMENT,
    user_id BIGINT NOT NULL,
    label VARCHAR(40) NOT NULL,
    PRIMARY KEY (id),
    INDEX idx_tags_user_id (user_id),
    CONSTRAINT tags_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB;
