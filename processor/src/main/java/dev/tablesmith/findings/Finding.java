package dev.tablesmith.findings;

import dev.tablesmith.model.Origin;

/**
 * One problem found by a rule (or by the reader), before severity and suppression are applied.
 *
 * @param ruleId the rule's id, printed in brackets at the end of the message
 * @param message what is wrong and the fix, without the id
 * @param origin where to report it
 * @param entity the entity being processed when found (an inherited member's origin is its
 *     superclass; {@code @Allow} on the entity applies too), or null
 * @param defaultSeverity this finding's own default when a rule's findings differ in weight (a
 *     float money field warns where a BigDecimal without scale is an error), or null for the
 *     rule's default; configured severities win over it
 */
public record Finding(String ruleId, String message, Origin origin, String entity, Severity defaultSeverity) {
    public Finding {
        origin = origin == null ? Origin.NONE : origin;
    }

    /**
     * The finding of a catalogue message: its id, its text with {@code args} filled in, and its own
     * default severity. Every finding is made here or by {@link #withoutElement}, so every text is in
     * a catalogue ({@code MessageCatalogueTest} holds the code to that).
     *
     * @param entity the entity being processed, or null
     */
    public static Finding of(Message message, Origin origin, String entity, Object... args) {
        return new Finding(message.id(), message.format(args), origin, entity, message.defaultSeverity());
    }

    /** A finding about the run rather than an element: options, folders, files. */
    public static Finding withoutElement(Message message, Object... args) {
        return of(message, Origin.NONE, null, args);
    }

    /** The text javac prints: message, then the id in brackets. */
    public String text() {
        return message + " [" + ruleId + "]";
    }
}
