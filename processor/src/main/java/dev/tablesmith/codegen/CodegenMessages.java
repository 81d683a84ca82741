package dev.tablesmith.codegen;

import dev.tablesmith.findings.Message;
import dev.tablesmith.findings.ProblemIds;
import dev.tablesmith.options.CodegenOptions;

/** What {@link SourceWriter} says when a generated source cannot be placed or written. */
public enum CodegenMessages implements Message {
    /** Argument: the missing types. */
    RUNTIME_TYPES_MISSING(ProblemIds.CLASS_PATH, "the code Tablesmith generates needs %s from "
            + "tablesmith-annotations, which is not on the compile class path (the annotation processor path is not "
            + "part of it): add the dependency dev.tablesmith:tablesmith-annotations, of the same version as "
            + "tablesmith-processor; nothing was generated or written"),
    NO_COMMON_PACKAGE(ProblemIds.OPTIONS, "the entities share no package to put " + MigrationCatalog.CLASS_NAME
            + " in: set -A" + CodegenOptions.CATALOG_PACKAGE + "=<package>"),
    /** Arguments: the class, the cause. */
    CANNOT_WRITE_TABLE_CLASS(ProblemIds.IO, "cannot generate %s: %s (a class of that name may exist already; use -A"
            + CodegenOptions.TABLE_CLASS + " to name it differently)"),
    /** Arguments: the class, the cause. */
    CANNOT_WRITE_CATALOG(ProblemIds.IO, "cannot generate %s: %s (a class of that name may exist already; use -A"
            + CodegenOptions.CATALOG_PACKAGE + " to put it elsewhere)"),
    /** Argument: the cause. */
    CANNOT_WRITE_QUERY_CATALOGUE(ProblemIds.IO, "cannot write " + QueryCatalog.RESOURCE + " to the class output: %s");

    private final String id;
    private final String template;

    CodegenMessages(String id, String template) {
        this.id = id;
        this.template = template;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String template() {
        return template;
    }
}
