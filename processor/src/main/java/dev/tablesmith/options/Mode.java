package dev.tablesmith.options;

/** What a compilation does with a changed model. */
public enum Mode {
    /** Write the next migration when the model changed. */
    WRITE,
    /** Fail when the model differs from the snapshot; write nothing (for CI). */
    CHECK,
    /** Rules only; no files. */
    VALIDATE
}
