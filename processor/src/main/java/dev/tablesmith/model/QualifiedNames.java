package dev.tablesmith.model;

import java.util.List;
import java.util.Optional;

/**
 * Names of tables and sequences: {@code orders}, or {@code sales.orders} for one in a namespace (a
 * PostgreSQL schema, a MySQL database; what JPA's {@code @Table(schema)} or {@code catalog} names
 * there). The qualified name is the object's identity in the model, the snapshot and every change,
 * so two tables of one name in two schemas stay apart; names derived from a table
 * ({@code <table>_pkey}, {@code idx_<table>_...}) use its local part. A dialect writes each part
 * through its quoting hook. Identifiers never contain a dot (the reader refuses one), so the last
 * dot splits the parts.
 */
public final class QualifiedNames {
    private QualifiedNames() {}

    /** {@code namespace.local}, or {@code local} when the namespace is null or empty. */
    public static String of(String namespace, String local) {
        return namespace == null || namespace.isEmpty() ? local : namespace + "." + local;
    }

    /** The name without its namespace. */
    public static String local(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? qualified : qualified.substring(dot + 1);
    }

    /** The namespace, if the name has one. */
    public static Optional<String> namespace(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(qualified.substring(0, dot));
    }

    /** The parts to quote one by one: {@code [sales, orders]} or {@code [orders]}. */
    public static List<String> parts(String qualified) {
        Optional<String> namespace = namespace(qualified);
        return namespace.isPresent() ? List.of(namespace.get(), local(qualified)) : List.of(qualified);
    }

    /** An object named {@code local} in the namespace of {@code sibling} (an index beside its table). */
    public static String besides(String sibling, String local) {
        return of(namespace(sibling).orElse(null), local);
    }
}
