-- Tablesmith migration V2__create_table (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- --------------------------------------------
-- Table: tags
-- --------------------------------------------
CREATE TABLE tags (
    id INTEGER,
    user_id BIGINT NOT NULL,
    label VARCHAR(40) NOT NULL,
    CONSTRAINT tags_pkey PRIMARY KEY (id),
    CONSTRAINT tags_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

-- Indexes
CREATE INDEX idx_tags_user_id ON tags (user_id);
