package dev.tablesmith.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words a table or column cannot be named without quoting, per target dialect. The PostgreSQL and
 * SQLite lists are checked against the engines in the tests; MySQL's is the 8.0/8.4 manual's list of
 * reserved words (R) plus MariaDB's additions.
 */
public final class ReservedWords {
    private ReservedWords() {}

    /** PostgreSQL 17: {@code pg_get_keywords()} with category R (reserved) or T (reserved, can be function or type). */
    public static final Set<String> POSTGRESQL = words("""
            all analyse analyze and any array as asc asymmetric authorization binary both case cast check
            collate collation column concurrently constraint create cross current_catalog current_date
            current_role current_schema current_time current_timestamp current_user default deferrable desc
            distinct do else end except false fetch for foreign freeze from full grant group having ilike in
            initially inner intersect into is isnull join lateral leading left like limit localtime
            localtimestamp natural not notnull null offset on only or order outer overlaps placing primary
            references returning right select session_user similar some symmetric system_user table
            tablesample then to trailing true union unique user using variadic verbose when where window
            with""");

    /**
     * MySQL 8.0/8.4 reserved words, plus those MariaDB reserves in addition (the last lines). Tried on
     * MariaDB 11.4 by {@code MariaDbReservedWordsTest}: it refuses each as an unquoted table or column
     * name except {@link #MYSQL_ONLY}, and every keyword it refuses is here. (MariaDB's documentation
     * also lists general, ignore_server_ids, master_heartbeat_period and slow; 11.4 takes them as names.)
     */
    public static final Set<String> MYSQL = words("""
            accessible add all alter analyze and as asc asensitive before between bigint binary blob both by
            call cascade case change char character check collate column condition constraint continue
            convert create cross cube cume_dist current_date current_time current_timestamp current_user
            cursor database databases day_hour day_microsecond day_minute day_second dec decimal declare
            default delayed delete dense_rank desc describe deterministic distinct distinctrow div double
            drop dual each else elseif empty enclosed escaped except exists exit explain false fetch
            first_value float float4 float8 for force foreign from fulltext function generated get grant
            group grouping groups having high_priority hour_microsecond hour_minute hour_second if ignore in
            index infile inner inout insensitive insert int int1 int2 int3 int4 int8 integer intersect
            interval into io_after_gtids io_before_gtids is iterate join json_table key keys kill lag
            last_value lateral lead leading leave left like limit linear lines load localtime localtimestamp
            lock long longblob longtext loop low_priority master_bind master_ssl_verify_server_cert match
            maxvalue mediumblob mediumint mediumtext middleint minute_microsecond minute_second mod modifies
            natural not no_write_to_binlog nth_value ntile null numeric of on optimize optimizer_costs option
            optionally or order out outer outfile over partition percent_rank precision primary procedure
            purge qualify range rank read reads read_write real recursive references regexp release rename
            repeat replace require resignal restrict return revoke right rlike row rows row_number schema
            schemas second_microsecond select sensitive separator set show signal smallint spatial specific
            sql sqlexception sqlstate sqlwarning sql_big_result sql_calc_found_rows sql_small_result ssl
            starting stored straight_join system table tablesample terminated then tinyblob tinyint tinytext
            to trailing trigger true undo union unique unlock unsigned update usage use using utc_date
            utc_time utc_timestamp values varbinary varchar varcharacter varying virtual when where while
            window with write xor year_month zerofill
            current_role delete_domain_id do_domain_ids ignore_domain_ids master_demote_to_replica
            master_demote_to_slave offset page_checksum parse_vcol_expr portion ref_system_id returning
            sql_after_gtids sql_before_gtids stats_auto_recalc stats_persistent stats_sample_pages""");

    /** MySQL 8 reserves these and MariaDB does not; kept, since the mysql dialect targets both. */
    public static final Set<String> MYSQL_ONLY = words("""
            cube database empty function generated get grouping groups io_after_gtids io_before_gtids json_table
            last_value lateral master_bind of optimizer_costs option qualify row schema stored system tablesample
            virtual window""");

    /** SQLite 3.50: the keywords it refuses as an unquoted table or column name. */
    public static final Set<String> SQLITE = words("""
            add all alter and as autoincrement between case check collate commit constraint create default
            deferrable delete distinct drop else escape except exists foreign from group having if in index
            insert intersect into is isnull join limit not nothing notnull null on or order primary
            references returning select set table then to transaction union unique update using values when
            where""");

    /** The dialects in which a name is reserved (none when it is free everywhere). */
    public static List<SqlEngine> reservedIn(String name) {
        String w = name.toLowerCase(Locale.ROOT);
        List<SqlEngine> in = new ArrayList<>();
        if (POSTGRESQL.contains(w)) {
            in.add(SqlEngine.POSTGRESQL);
        }
        if (MYSQL.contains(w)) {
            in.add(SqlEngine.MYSQL);
        }
        if (SQLITE.contains(w)) {
            in.add(SqlEngine.SQLITE);
        }
        return in;
    }

    public static boolean isReserved(String name) {
        return !reservedIn(name).isEmpty();
    }

    private static Set<String> words(String text) {
        return Set.of(text.trim().split("\\s+"));
    }
}
