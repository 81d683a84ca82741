-- Tablesmith migration U2__sequences (down, mysql)
-- Undoes V2__sequences, last change first.

ALTER SEQUENCE users_seq INCREMENT BY 50 START WITH 1;

DROP SEQUENCE IF EXISTS orders_seq;
