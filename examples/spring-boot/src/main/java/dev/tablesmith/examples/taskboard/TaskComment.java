package dev.tablesmith.examples.taskboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A remark on a task, by one of the accounts. */
@Entity
@Table(name = "task_comments")
public class TaskComment extends Timestamped {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    private Task task;

    /** The author. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = 4000)
    private String body;

    protected TaskComment() {}

    public TaskComment(Task task, Account account, String body) {
        this.task = task;
        this.account = account;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public Task getTask() {
        return task;
    }

    public Account getAccount() {
        return account;
    }

    public String getBody() {
        return body;
    }
}
