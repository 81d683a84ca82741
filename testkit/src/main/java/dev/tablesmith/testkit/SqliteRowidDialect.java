package dev.tablesmith.testkit;

import java.sql.Types;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;

/**
 * Hibernate's community SQLiteDialect, except that its schema validator takes an {@code INTEGER}
 * column where it expects {@code BIGINT}. Hibernate creates an identity key as {@code integer} on
 * SQLite (only a column declared exactly INTEGER is the rowid, which SQLite fills on insert) and
 * then its own validator rejects that very column for a {@code Long} id ("found [integer], but
 * expecting [bigint]"). In SQLite the two are the same thing: one INTEGER storage class, 64 bits.
 * Every other type comparison is the stock dialect's.
 */
public class SqliteRowidDialect extends SQLiteDialect {
    public SqliteRowidDialect() {
        super();
    }

    public SqliteRowidDialect(DialectResolutionInfo info) {
        super(info);
    }

    @Override
    public boolean equivalentTypes(int typeCode1, int typeCode2) {
        return super.equivalentTypes(typeCode1, typeCode2)
                || isInteger64(typeCode1) && isInteger64(typeCode2);
    }

    private static boolean isInteger64(int typeCode) {
        return typeCode == Types.INTEGER || typeCode == Types.BIGINT;
    }
}
