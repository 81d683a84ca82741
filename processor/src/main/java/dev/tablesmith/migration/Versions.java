package dev.tablesmith.migration;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

/** Flyway-style versions: digits separated by dots, compared part by part as numbers. */
public final class Versions {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private Versions() {}

    public static final Comparator<String> ORDER = Versions::compare;

    public static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            java.math.BigInteger p = new java.math.BigInteger(i < x.length ? x[i] : "0");
            java.math.BigInteger q = new java.math.BigInteger(i < y.length ? y[i] : "0");
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The clock is read only here, and only when a new migration is written. */
    public static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
    }
}
