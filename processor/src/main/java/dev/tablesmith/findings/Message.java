package dev.tablesmith.findings;

import java.util.Locale;

/**
 * One user-facing message: its id (the rule or problem id printed in brackets) and its text, with
 * {@code %s} where the particulars go. Each area keeps its messages in one enum implementing this,
 * so every text can be read, reviewed and tested in one place (as MapStruct's {@code Message}).
 */
public interface Message {
    /** The rule id or {@link ProblemIds problem id} the finding carries. */
    String id();

    /** The text, a {@link String#format} pattern. */
    String template();

    /**
     * This message's own default when one rule's findings differ in weight (a float money field
     * warns where a BigDecimal without scale is an error), or a problem that is a mere warning; null
     * for the rule's default (and an error for a problem id). Configured severities win over it.
     */
    default Severity defaultSeverity() {
        return null;
    }

    default String format(Object... args) {
        return String.format(Locale.ROOT, template(), args);
    }
}
