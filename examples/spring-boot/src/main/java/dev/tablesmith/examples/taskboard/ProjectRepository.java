package dev.tablesmith.examples.taskboard;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectRepository extends JpaRepository<Project, Long> {
    List<Project> findByAccountOrderByName(Account account);
}
