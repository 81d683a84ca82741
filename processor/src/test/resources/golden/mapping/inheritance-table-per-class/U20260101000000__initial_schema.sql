-- Tablesmith migration U20260101000000__initial_schema (down, postgresql)
-- Undoes V20260101000000__initial_schema, last change first.
-- squawk-ignore-file ban-drop-table -- undoes V20260101000000__initial_schema, restoring what it changed as it was

SET lock_timeout = '5s';
SET statement_timeout = '1h';

DROP TABLE IF EXISTS transfers;

DROP TABLE IF EXISTS savings_accounts;

DROP TABLE IF EXISTS checking_accounts;

DROP SEQUENCE IF EXISTS transfers_seq;

DROP SEQUENCE IF EXISTS account_seq;
