-- Tablesmith migration U20260101000000__initial_schema (down, postgresql)
-- Undoes V20260101000000__initial_schema, last change first.
-- squawk-ignore-file ban-drop-table -- undoes V20260101000000__initial_schema, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

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

DROP FUNCTION IF EXISTS update_updated_at_column();

DROP SEQUENCE IF EXISTS widget_seq;

DROP SEQUENCE IF EXISTS account_numbers;
