package dev.tablesmith.test.migrate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration version compared as Flyway compares them: parts split at {@code .} or {@code _},
 * each a number, trailing zero parts insignificant ({@code 1.1} = {@code 1_1}, {@code 2} =
 * {@code 2.0}); so {@code 20261208090000.1} comes after {@code 20261208090000} and before
 * {@code 20261215090000}.
 */
public record Version(String text, List<BigInteger> parts) implements Comparable<Version> {

    public Version {
        parts = List.copyOf(parts);
    }

    public static Version of(String text) {
        List<BigInteger> parts = new ArrayList<>();
        for (String p : text.split("[._]")) {
            if (!p.matches("\\d+")) {
                throw new IllegalArgumentException("not a migration version: " + text);
            }
            parts.add(new BigInteger(p));
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return new Version(text, parts);
    }

    @Override
    public int compareTo(Version other) {
        for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
            BigInteger a = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
            BigInteger b = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
            int c = a.compareTo(b);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Version v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
