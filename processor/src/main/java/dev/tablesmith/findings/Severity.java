package dev.tablesmith.findings;

import java.util.Locale;
import java.util.Optional;

/** How a finding is reported. */
public enum Severity {
    ERROR, WARNING, OFF;

    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(ERROR);
            case "warning", "warn" -> Optional.of(WARNING);
            case "off", "ignore", "none" -> Optional.of(OFF);
            default -> Optional.empty();
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
