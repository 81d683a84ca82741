package dev.tablesmith.examples.taskboard;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskRepository extends JpaRepository<Task, Long> {
    /** One column of a project's board (idx_tasks_project_id_status). */
    List<Task> findByProjectAndStatusOrderById(Project project, TaskStatus status);

    /** Unfinished tasks due before a day (the partial index on due_on). */
    List<Task> findByStatusNotAndDueOnBeforeOrderByDueOn(TaskStatus status, LocalDate day);
}
