-- Tablesmith migration V20260101000010__add_articles_views_check_and_more (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

SET SESSION lock_wait_timeout = 5;

ALTER TABLE articles ADD CONSTRAINT articles_views_check CHECK (views >= 0);

ALTER TABLE articles COMMENT = 'An article as it was published';

ALTER TABLE articles ADD UNIQUE INDEX articles_headline_unique (headline), ALGORITHM=INPLACE, LOCK=NONE;

-- the unique index articles_headline_unique is the constraint: MySQL enforces UNIQUE with it.

-- articles_views_check was checked against every row when it was added.
