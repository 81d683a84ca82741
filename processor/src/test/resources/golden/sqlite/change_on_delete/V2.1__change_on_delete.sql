-- Tablesmith migration V2.1__change_on_delete (up, sqlite)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).

-- orders_user_id_fkey was checked against every row when its table was rebuilt.
