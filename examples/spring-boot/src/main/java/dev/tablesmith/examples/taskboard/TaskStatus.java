package dev.tablesmith.examples.taskboard;

/** The board's columns. */
public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE
}
