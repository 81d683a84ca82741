package dev.tablesmith.testing;

import javax.tools.JavaFileObject;

/**
 * One query rule violation and its variants: the source as it is, with {@code @Allow} where
 * {@code /*ALLOW*}{@code /} marks, and with {@code bad} replaced by {@code fix} (compliant).
 *
 * @param message the text javac prints, without the id in brackets
 * @param line text on the line the diagnostic must be on
 */
public record QueryRuleCase(String id, String holder, String bad, String fix, String message, String line) {
    public JavaFileObject violating() {
        return TestCompiler.source(holder.replace("/*ALLOW*/", ""));
    }

    public JavaFileObject allowed() {
        return TestCompiler.source(holder.replace("/*ALLOW*/",
                "@dev.tablesmith.annotations.Allow(value = \"" + id + "\", reason = \"checked by hand\") "));
    }

    public JavaFileObject compliant() {
        if (!holder.contains(bad)) {
            throw new IllegalStateException(id + ": '" + bad + "' is not in the source");
        }
        return TestCompiler.source(holder.replace("/*ALLOW*/", "").replace(bad, fix));
    }

    /** The whole text, id in brackets included. */
    public String text() {
        return message + " [" + id + "]";
    }

    @Override
    public String toString() {
        return id + " on " + line;
    }
}
