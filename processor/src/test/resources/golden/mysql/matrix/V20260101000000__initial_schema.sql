-- Tablesmith migration V20260101000000__initial_schema (up, mysql)
-- MySQL commits each DDL statement on its own: if one fails, the ones before it stay applied.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

CREATE SEQUENCE account_numbers START WITH 1 INCREMENT BY 20 NOCACHE;

CREATE SEQUENCE widget_seq START WITH 1 INCREMENT BY 50 NOCACHE;

-- --------------------------------------------
-- Table: account
-- --------------------------------------------
CREATE TABLE account (
    id BIGINT NOT NULL,
    label VARCHAR(255) NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;

-- --------------------------------------------
-- Table: customer
-- --------------------------------------------
CREATE TABLE customer (
    registered_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    id BIGINT NOT NULL AUTO_INCREMENT,
    short_value SMALLINT NOT NULL,
    byte_value TINYINT NOT NULL,
    float_value FLOAT NOT NULL,
    double_value DOUBLE NOT NULL,
    initial CHAR(1) NOT NULL,
    opt_in BIT NULL,
    big_count DECIMAL(38, 0) NULL,
    birthday DATE NULL,
    wake_up TIME(6) NULL,
    last_seen_local DATETIME(6) NULL,
    last_seen DATETIME(6) NULL,
    next_call DATETIME(6) NULL,
    session_length DECIMAL(21, 0) NULL,
    external_id UUID NULL,
    avatar VARBINARY(255) NULL,
    biography LONGTEXT NULL,
    ordinal_tier TINYINT NULL,
    tier VARCHAR(30) NULL,
    balance DECIMAL(12, 3) NULL,
    whole_amount DECIMAL(7, 0) NULL,
    discount DECIMAL(7, 2) NULL,
    nickname VARCHAR(80) NULL,
    notes text NOT NULL,
    profile LONGTEXT NOT NULL,
    vip VARCHAR(255) NULL,
    version INT NULL,
    street VARCHAR(120) NULL,
    home_city VARCHAR(60) NULL,
    home_lat DOUBLE NULL,
    longitude DOUBLE NULL,
    account_id BIGINT NULL,
    PRIMARY KEY (id),
    CONSTRAINT customer_account_id_unique UNIQUE (account_id),
    CONSTRAINT customer_account_id_fkey FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT customer_ordinal_tier_valid CHECK (ordinal_tier BETWEEN 0 AND 2),
    CONSTRAINT customer_tier_valid CHECK (tier IN ('BRONZE', 'SILVER', 'GOLD')),
    CONSTRAINT customer_profile_not_empty CHECK (profile <> '')
) ENGINE=InnoDB;

-- --------------------------------------------
-- Table: line
-- --------------------------------------------
CREATE TABLE line (
    order_no INT NOT NULL,
    line_no INT NOT NULL,
    text VARCHAR(255) NULL,
    PRIMARY KEY (line_no, order_no)
) ENGINE=InnoDB;

-- --------------------------------------------
-- Table: line_note
-- --------------------------------------------
CREATE TABLE line_note (
    id BIGINT NOT NULL AUTO_INCREMENT,
    line_line_no INT NOT NULL,
    line_order_no INT NOT NULL,
    PRIMARY KEY (id),
    INDEX idx_line_note_line_line_no_line_order_no (line_line_no, line_order_no) COMMENT 'supports foreign key line_note_line_line_no_line_order_no_fkey',
    CONSTRAINT line_note_line_line_no_line_order_no_fkey FOREIGN KEY (line_line_no, line_order_no) REFERENCES line (line_no, order_no)
) ENGINE=InnoDB;

-- --------------------------------------------
-- Table: membership
-- --------------------------------------------
CREATE TABLE membership (
    club_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    since DATE NULL,
    PRIMARY KEY (club_id, person_id)
) ENGINE=InnoDB;

-- --------------------------------------------
-- Table: post
-- --------------------------------------------
CREATE TABLE post (
    id BIGINT NOT NULL AUTO_INCREMENT,
    written_by_id BIGINT NULL,
    PRIMARY KEY (id),
    INDEX idx_post_written_by_id (written_by_id) COMMENT 'supports foreign key post_written_by_id_fkey',
    CONSTRAINT post_written_by_id_fkey FOREIGN KEY (written_by_id) REFERENCES customer (id)
) ENGINE=InnoDB;

-- --------------------------------------------
-- Table: post_aliases
-- --------------------------------------------
CREATE TABLE post_aliases (
    post_id BIGINT NOT NULL,
    aliases VARCHAR(255) NULL,
    aliases_order INT NOT NULL,
    PRIMARY KEY (aliases_order, post_id),
    INDEX idx_post_aliases_post_id (post_id) COMMENT 'supports foreign key post_aliases_post_id_fkey',
    CONSTRAINT post_aliases_post_id_fkey FOREIGN KEY (post_id) REFERENCES post (id)
) ENGINE=InnoDB;

-- --------------------------------------------
-- Table: post_keywords
-- --------------------------------------------
CREATE TABLE post_keywords (
    post_id BIGINT NOT NULL,
    keywords VARCHAR(255) NOT NULL,
    PRIMARY KEY (post_id, keywords),
    CONSTRAINT post_keywords_post_id_fkey FOREIGN KEY (post_id) REFERENCES post (id)
) ENGINE=InnoDB;

-- --------------------------------------------
-- Table: post_watchers
-- --------------------------------------------
CREATE TABLE post_watchers (
    post_id BIGINT NOT NULL,
    watchers_id BIGINT NOT NULL,
    PRIMARY KEY (post_id, watchers_id),
    INDEX idx_post_watchers_watchers_id (watchers_id) COMMENT 'supports foreign key post_watchers_watchers_id_fkey',
    CONSTRAINT post_watchers_post_id_fkey FOREIGN KEY (post_id) REFERENCES post (id),
    CONSTRAINT post_watchers_watchers_id_fkey FOREIGN KEY (watchers_id) REFERENCES customer (id)
) ENGINE=InnoDB;

-- --------------------------------------------
-- Table: support_tickets
-- --------------------------------------------
CREATE TABLE support_tickets (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(20) NOT NULL,
    channel VARCHAR(10) NULL,
    priority INT NULL,
    amount_cents BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    opened_on DATE NULL,
    PRIMARY KEY (id),
    CONSTRAINT support_tickets_code_channel_unique UNIQUE (code, channel),
    INDEX idx_support_tickets_channel_opened_on (channel, opened_on DESC),
    UNIQUE INDEX support_tickets_code_idx (code),
    INDEX idx_support_tickets_customer_id (customer_id) COMMENT 'supports foreign key support_tickets_customer_id_fkey',
    CONSTRAINT support_tickets_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT support_tickets_priority_min CHECK (priority >= 1),
    CONSTRAINT support_tickets_priority_max CHECK (priority <= 5),
    CONSTRAINT support_tickets_amount_cents_positive CHECK (amount_cents > 0)
) ENGINE=InnoDB;

-- --------------------------------------------
-- Table: tag
-- --------------------------------------------
CREATE TABLE tag (
    id BIGINT NOT NULL AUTO_INCREMENT,
    label VARCHAR(255) NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;

-- --------------------------------------------
-- Table: post_tags
-- --------------------------------------------
CREATE TABLE post_tags (
    posts_id BIGINT NOT NULL,
    tags_id BIGINT NOT NULL,
    PRIMARY KEY (posts_id, tags_id),
    INDEX idx_post_tags_tags_id (tags_id) COMMENT 'supports foreign key post_tags_tags_id_fkey',
    CONSTRAINT post_tags_posts_id_fkey FOREIGN KEY (posts_id) REFERENCES post (id),
    CONSTRAINT post_tags_tags_id_fkey FOREIGN KEY (tags_id) REFERENCES tag (id)
) ENGINE=InnoDB;

-- --------------------------------------------
-- Table: ticket_detail
-- --------------------------------------------
CREATE TABLE ticket_detail (
    id BIGINT NOT NULL,
    ticket_ref BIGINT NOT NULL,
    body VARCHAR(255) NULL,
    PRIMARY KEY (id),
    CONSTRAINT ticket_detail_ticket_ref_unique UNIQUE (ticket_ref),
    CONSTRAINT ticket_detail_ticket_ref_fkey FOREIGN KEY (ticket_ref) REFERENCES support_tickets (id)
) ENGINE=InnoDB;

-- --------------------------------------------
-- Table: widget
-- --------------------------------------------
CREATE TABLE widget (
    id BIGINT NOT NULL,
    weight_grams INT NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB;
