-- Tablesmith migration V20260101000000__initial_schema (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- Hibernate's table-backed sequence (SQLite has no sequences)
CREATE TABLE account_numbers (
    next_val BIGINT
);
INSERT INTO account_numbers VALUES (1);

-- Hibernate's table-backed sequence (SQLite has no sequences)
CREATE TABLE widget_seq (
    next_val BIGINT
);
INSERT INTO widget_seq VALUES (1);

-- --------------------------------------------
-- Table: account
-- --------------------------------------------
CREATE TABLE account (
    id BIGINT NOT NULL,
    label VARCHAR(255),
    CONSTRAINT account_pkey PRIMARY KEY (id)
);

-- --------------------------------------------
-- Table: customer
-- --------------------------------------------
CREATE TABLE customer (
    registered_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    id INTEGER,
    short_value SMALLINT NOT NULL,
    byte_value TINYINT NOT NULL,
    float_value FLOAT NOT NULL,
    double_value FLOAT NOT NULL,
    initial CHAR(1) NOT NULL,
    opt_in BOOLEAN,
    big_count NUMERIC(38, 0),
    birthday DATE,
    wake_up TIME(6),
    last_seen_local TIMESTAMP,
    last_seen TIMESTAMP,
    next_call TIMESTAMP,
    session_length NUMERIC(21, 0),
    external_id BLOB,
    avatar BLOB,
    biography CLOB,
    ordinal_tier TINYINT,
    tier VARCHAR(30),
    balance NUMERIC(12, 3),
    whole_amount NUMERIC(7, 0),
    discount NUMERIC(7, 2),
    nickname VARCHAR(80),
    notes text NOT NULL,
    profile CLOB NOT NULL,
    vip VARCHAR(255),
    version INTEGER,
    street VARCHAR(120),
    home_city VARCHAR(60),
    home_lat FLOAT,
    longitude FLOAT,
    account_id BIGINT,
    CONSTRAINT customer_pkey PRIMARY KEY (id),
    CONSTRAINT customer_account_id_fkey FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT customer_account_id_unique UNIQUE (account_id),
    CONSTRAINT customer_ordinal_tier_valid CHECK (ordinal_tier BETWEEN 0 AND 2),
    CONSTRAINT customer_tier_valid CHECK (tier IN ('BRONZE', 'SILVER', 'GOLD')),
    CONSTRAINT customer_profile_not_empty CHECK (profile <> '')
);

-- Triggers
CREATE TRIGGER update_customer_updated_at
    AFTER UPDATE ON customer
    FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE customer SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE rowid = NEW.rowid;
END;

-- --------------------------------------------
-- Table: line
-- --------------------------------------------
CREATE TABLE line (
    order_no INTEGER NOT NULL,
    line_no INTEGER NOT NULL,
    text VARCHAR(255),
    CONSTRAINT line_pkey PRIMARY KEY (line_no, order_no)
);

-- --------------------------------------------
-- Table: line_note
-- --------------------------------------------
CREATE TABLE line_note (
    id INTEGER,
    line_line_no INTEGER NOT NULL,
    line_order_no INTEGER NOT NULL,
    CONSTRAINT line_note_pkey PRIMARY KEY (id),
    CONSTRAINT line_note_line_line_no_line_order_no_fkey FOREIGN KEY (line_line_no, line_order_no) REFERENCES line (line_no, order_no)
);

-- Indexes
-- idx_line_note_line_line_no_line_order_no: supports foreign key line_note_line_line_no_line_order_no_fkey
CREATE INDEX idx_line_note_line_line_no_line_order_no ON line_note (line_line_no, line_order_no);

-- --------------------------------------------
-- Table: membership
-- --------------------------------------------
CREATE TABLE membership (
    club_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    since DATE,
    CONSTRAINT membership_pkey PRIMARY KEY (club_id, person_id)
);

-- --------------------------------------------
-- Table: post
-- --------------------------------------------
CREATE TABLE post (
    id INTEGER,
    written_by_id BIGINT,
    CONSTRAINT post_pkey PRIMARY KEY (id),
    CONSTRAINT post_written_by_id_fkey FOREIGN KEY (written_by_id) REFERENCES customer (id)
);

-- Indexes
-- idx_post_written_by_id: supports foreign key post_written_by_id_fkey
CREATE INDEX idx_post_written_by_id ON post (written_by_id);

-- --------------------------------------------
-- Table: post_aliases
-- --------------------------------------------
CREATE TABLE post_aliases (
    post_id BIGINT NOT NULL,
    aliases VARCHAR(255),
    aliases_order INTEGER NOT NULL,
    CONSTRAINT post_aliases_pkey PRIMARY KEY (aliases_order, post_id),
    CONSTRAINT post_aliases_post_id_fkey FOREIGN KEY (post_id) REFERENCES post (id)
);

-- Indexes
-- idx_post_aliases_post_id: supports foreign key post_aliases_post_id_fkey
CREATE INDEX idx_post_aliases_post_id ON post_aliases (post_id);

-- --------------------------------------------
-- Table: post_keywords
-- --------------------------------------------
CREATE TABLE post_keywords (
    post_id BIGINT NOT NULL,
    keywords VARCHAR(255) NOT NULL,
    CONSTRAINT post_keywords_pkey PRIMARY KEY (post_id, keywords),
    CONSTRAINT post_keywords_post_id_fkey FOREIGN KEY (post_id) REFERENCES post (id)
);

-- --------------------------------------------
-- Table: post_watchers
-- --------------------------------------------
CREATE TABLE post_watchers (
    post_id BIGINT NOT NULL,
    watchers_id BIGINT NOT NULL,
    CONSTRAINT post_watchers_pkey PRIMARY KEY (post_id, watchers_id),
    CONSTRAINT post_watchers_post_id_fkey FOREIGN KEY (post_id) REFERENCES post (id),
    CONSTRAINT post_watchers_watchers_id_fkey FOREIGN KEY (watchers_id) REFERENCES customer (id)
);

-- Indexes
-- idx_post_watchers_watchers_id: supports foreign key post_watchers_watchers_id_fkey
CREATE INDEX idx_post_watchers_watchers_id ON post_watchers (watchers_id);

-- --------------------------------------------
-- Table: support_tickets
-- --------------------------------------------
CREATE TABLE support_tickets (
    id INTEGER,
    code VARCHAR(20) NOT NULL,
    channel VARCHAR(10),
    priority INTEGER,
    amount_cents BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    opened_on DATE,
    CONSTRAINT support_tickets_pkey PRIMARY KEY (id),
    CONSTRAINT support_tickets_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT support_tickets_code_channel_unique UNIQUE (code, channel),
    CONSTRAINT support_tickets_priority_min CHECK (priority >= 1),
    CONSTRAINT support_tickets_priority_max CHECK (priority <= 5),
    CONSTRAINT support_tickets_amount_cents_positive CHECK (amount_cents > 0)
);

-- Indexes
CREATE INDEX idx_support_tickets_channel_opened_on ON support_tickets (channel, opened_on DESC);
CREATE UNIQUE INDEX support_tickets_code_idx ON support_tickets (code);
-- idx_support_tickets_customer_id: supports foreign key support_tickets_customer_id_fkey
CREATE INDEX idx_support_tickets_customer_id ON support_tickets (customer_id);

-- --------------------------------------------
-- Table: tag
-- --------------------------------------------
CREATE TABLE tag (
    id INTEGER,
    label VARCHAR(255),
    CONSTRAINT tag_pkey PRIMARY KEY (id)
);

-- --------------------------------------------
-- Table: post_tags
-- --------------------------------------------
CREATE TABLE post_tags (
    posts_id BIGINT NOT NULL,
    tags_id BIGINT NOT NULL,
    CONSTRAINT post_tags_pkey PRIMARY KEY (posts_id, tags_id),
    CONSTRAINT post_tags_posts_id_fkey FOREIGN KEY (posts_id) REFERENCES post (id),
    CONSTRAINT post_tags_tags_id_fkey FOREIGN KEY (tags_id) REFERENCES tag (id)
);

-- Indexes
-- idx_post_tags_tags_id: supports foreign key post_tags_tags_id_fkey
CREATE INDEX idx_post_tags_tags_id ON post_tags (tags_id);

-- --------------------------------------------
-- Table: ticket_detail
-- --------------------------------------------
CREATE TABLE ticket_detail (
    id BIGINT NOT NULL,
    ticket_ref BIGINT NOT NULL,
    body VARCHAR(255),
    CONSTRAINT ticket_detail_pkey PRIMARY KEY (id),
    CONSTRAINT ticket_detail_ticket_ref_fkey FOREIGN KEY (ticket_ref) REFERENCES support_tickets (id),
    CONSTRAINT ticket_detail_ticket_ref_unique UNIQUE (ticket_ref)
);

-- --------------------------------------------
-- Table: widget
-- --------------------------------------------
CREATE TABLE widget (
    id BIGINT NOT NULL,
    weight_grams INTEGER NOT NULL,
    CONSTRAINT widget_pkey PRIMARY KEY (id)
);
