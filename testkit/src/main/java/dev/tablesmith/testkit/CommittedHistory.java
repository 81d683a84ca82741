package dev.tablesmith.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the examples' committed migrations were written with, where Tablesmith writes something else
 * today. Committed migrations are never rewritten, so the tests that replay an example's history
 * and compare it byte for byte turn today's text back into the committed one, for exactly these
 * known revisions and nothing else.
 */
public final class CommittedHistory {
    /**
     * PostgreSQL's {@code update_updated_at_column()} as written before it kept a value the UPDATE
     * sets itself (issue 16): it set {@code now()} on every UPDATE.
     */
    public static final String UPDATED_AT_FUNCTION_BEFORE_ISSUE_16 = """
            -- Keeps updated_at current on every UPDATE, whoever writes the row.
            CREATE OR REPLACE FUNCTION update_updated_at_column()
            RETURNS TRIGGER AS $$
            BEGIN
                NEW.updated_at = now();
                RETURN NEW;
            END;
            $$ LANGUAGE plpgsql;""";

    private CommittedHistory() {}

    /** The SQL with today's function text (as the dialect renders it) replaced by the old one. */
    public static String asBeforeIssue16(String sql, String currentFunction) {
        return sql.replace(currentFunction, UPDATED_AT_FUNCTION_BEFORE_ISSUE_16);
    }

    /** SHA-256 in lower-case hex, as {@code tablesmith-snapshot.json} records it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
