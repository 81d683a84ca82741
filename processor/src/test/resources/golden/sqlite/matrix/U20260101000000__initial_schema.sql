-- Tablesmith migration U20260101000000__initial_schema (down, sqlite)
-- Undoes V20260101000000__initial_schema, last change first.

DROP TABLE IF EXISTS widget;

DROP TABLE IF EXISTS ticket_detail;

DROP TABLE IF EXISTS post_tags;

DROP TABLE IF EXISTS tag;

DROP TABLE IF EXISTS support_tickets;

DROP TABLE IF EXISTS post_watchers;

DROP TABLE IF EXISTS post_keywords;

DROP TABLE IF EXISTS post_aliases;

DROP TABLE IF EXISTS post;

DROP TABLE IF EXISTS membership;

DROP TABLE IF EXISTS line_note;

DROP TABLE IF EXISTS line;

DROP TABLE IF EXISTS customer;

DROP TABLE IF EXISTS account;

DROP TABLE IF EXISTS widget_seq;

DROP TABLE IF EXISTS account_numbers;
