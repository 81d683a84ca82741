package dev.tablesmith.testkit;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique database names: {@code <sanitised prefix>_<counter>}. */
final class DatabaseNames {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private DatabaseNames() {
    }

    static String unique(String prefix) {
        String p = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (p.isEmpty() || !Character.isLetter(p.charAt(0))) {
            p = "db_" + p;
        }
        if (p.length() > 40) {
            p = p.substring(0, 40);
        }
        return p + "_" + COUNTER.incrementAndGet();
    }
}
