-- Tablesmith migration V2__add_updated_at_trigger (up, postgresql)
-- Flyway runs this file in one transaction.
-- Generated from the entities: change them, not this file (the snapshot keeps its checksum).
-- squawk-ignore-file adding-field-with-default -- orders.updated_at DEFAULT now() as the entity declares (PostgreSQL rewrites the table only for a volatile default)

SET lock_timeout = '5s';
SET statement_timeout = '1h';

-- Sets updated_at to now() on every UPDATE that leaves it alone, whoever writes the row;
-- a value the UPDATE sets itself is kept (as MySQL's ON UPDATE and @UpdateTimestamp do).
CREATE OR REPLACE FUNCTION update_updated_at_column()
RETURNS TRIGGER AS $$
BEGIN
    IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
        NEW.updated_at = now();
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

ALTER TABLE orders ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now();

CREATE TRIGGER update_orders_updated_at
    BEFORE UPDATE ON orders
    FOR EACH ROW
    EXECUTE FUNCTION update_updated_at_column();
