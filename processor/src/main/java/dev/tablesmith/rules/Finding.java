package dev.tablesmith.rules;

import dev.tablesmith.model.Origin;

/**
 * One problem found by a rule (or by the reader), before severity and suppression are applied.
 *
 * @param ruleId the rule's id, printed in brackets at the end of the message
 * @param message what is wrong and the fix, without the id
 * @param origin where to report it
 * @param entity the entity being processed when found (an inherited member's origin is its
 *     superclass; {@code @Allow} on the entity applies too), or null
 */
public record Finding(String ruleId, String message, Origin origin, String entity) {
    public Finding {
        origin = origin == null ? Origin.NONE : origin;
    }

    /** The text javac prints: message, then the id in brackets. */
    public String text() {
        return message + " [" + ruleId + "]";
    }
}
