package dev.tablesmith.examples.taskboard;

import dev.tablesmith.annotations.Default;
import dev.tablesmith.annotations.TableIndex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A card on a project's board. */
@Entity
@Table(name = "tasks")
@TableIndex(columns = {"project_id", "status"}, reason = "a project's board, column by column")
@TableIndex(columns = "due_on", where = "status <> 'DONE'", reason = "the overdue list reads only unfinished tasks")
public class Task extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Default("'OPEN'")
    @Column(nullable = false, length = 20)
    private TaskStatus status = TaskStatus.OPEN;

    /** Who asked for it. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "reporter_id")
    private Account reporter;

    /** Who works on it; nobody yet while NULL. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private Account assignee;

    /** The day it should be done by, if any. */
    private LocalDate dueOn;

    /** Optimistic locking: two people moving the same card do not overwrite each other. */
    @Version
    @Column(nullable = false)
    private Long version;

    protected Task() {}

    public Task(Project project, String title, Account reporter) {
        this.project = project;
        this.title = title;
        this.reporter = reporter;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public String getTitle() {
        return title;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public void moveTo(TaskStatus status) {
        this.status = status;
    }

    public Account getAssignee() {
        return assignee;
    }

    public void assignTo(Account assignee) {
        this.assignee = assignee;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Long getVersion() {
        return version;
    }
}
