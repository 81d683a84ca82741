package dev.tablesmith.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For each schema object the reader built, where it came from. Objects Tablesmith derived on its
 * own (a generated foreign-key index) point at the declaration that caused them.
 */
public final class SourceMap {
    private final Map<Ref, Source> sources;
    private final List<UnresolvedRelation> unresolvedRelations;

    public SourceMap(Map<Ref, Source> sources, List<UnresolvedRelation> unresolvedRelations) {
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.unresolvedRelations = List.copyOf(unresolvedRelations);
    }

    public static SourceMap empty() {
        return new SourceMap(Map.of(), List.of());
    }

    public Optional<Source> get(Ref ref) {
        return Optional.ofNullable(sources.get(ref));
    }

    /** The source of a ref, falling back to its table's, then to nothing. */
    public Source find(Ref ref) {
        Source s = sources.get(ref);
        if (s == null && ref.kind() != Ref.Kind.TABLE) {
            s = sources.get(Ref.table(ref.table()));
        }
        return s != null ? s : new Source(Origin.NONE, null, null, null);
    }

    public Map<Ref, Source> all() {
        return sources;
    }

    /** Relations whose target is not a resolvable {@code @Entity}; no foreign key was built. */
    public List<UnresolvedRelation> unresolvedRelations() {
        return unresolvedRelations;
    }

    /**
     * A {@code @ManyToOne}/{@code @OneToOne}/{@code @ManyToMany} whose target is not an entity.
     *
     * @param targetType the Java type named as target
     */
    public record UnresolvedRelation(String table, String attribute, String targetType, Origin origin, String entity) {}
}
