-- Tablesmith migration U20260101000000__initial_schema (down, postgresql)
-- Undoes V20260101000000__initial_schema, last change first.

DROP TABLE IF EXISTS transfers;

DROP TABLE IF EXISTS savings_accounts;

DROP TABLE IF EXISTS checking_accounts;

DROP SEQUENCE IF EXISTS transfers_seq;

DROP SEQUENCE IF EXISTS account_seq;
