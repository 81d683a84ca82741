package dev.tablesmith.examples.taskboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tablesmith.runtime.MigrationInfo;
import dev.tablesmith.testkit.PostgresServer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application starts against a real PostgreSQL (embedded, started by the test) with nothing but
 * its {@code application.properties}: Spring Boot's Flyway applies every migration Tablesmith wrote,
 * the {@code CREATE INDEX CONCURRENTLY} version included, and Hibernate validates the schema
 * ({@code ddl-auto=validate}); the repositories then write and read rows. Only the data source is
 * set here, as a deployment would set it.
 */
@SpringBootTest
class TaskBoardApplicationTest {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresServer server = PostgresServer.shared();
        String database = server.createDatabase("taskboard");
        registry.add("spring.datasource.url", () -> server.jdbcUrl(database));
        registry.add("spring.datasource.username", server::user);
    }

    @Autowired AccountRepository accounts;
    @Autowired ProjectRepository projects;
    @Autowired TaskRepository tasks;
    @Autowired TaskCommentRepository comments;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @Value("${spring.jpa.hibernate.ddl-auto}")
    String ddlAuto;

    @Test
    void flywayAppliedEveryMigrationTablesmithWrote() {
        assertThat(ddlAuto).isEqualTo("validate"); // so the context starting means Hibernate accepted the schema
        List<String> applied = jdbc.queryForList(
                "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank", String.class);
        assertThat(applied).isEqualTo(TablesmithMigrations.MIGRATIONS.stream().map(MigrationInfo::version).toList());
        assertThat(applied).last().isEqualTo(TablesmithMigrations.LATEST_VERSION);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE NOT success", Integer.class))
                .isZero();

        // the later migration built its index CONCURRENTLY, outside a transaction, and it is valid
        String indexVersion = TablesmithMigrations.MIGRATIONS.stream()
                .filter(m -> m.description().equals("add_idx_tasks_due_on")).findFirst().orElseThrow().version();
        assertThat(TablesmithMigrations.MIGRATIONS.get(0).version()).isLessThan(indexVersion);
        assertThat(jdbc.queryForObject("""
                SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                WHERE c.relname = 'idx_tasks_due_on'""", Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("SELECT pg_get_indexdef('idx_tasks_due_on'::regclass)", String.class))
                .isEqualTo("CREATE INDEX idx_tasks_due_on ON public.tasks USING btree (due_on) "
                        + "WHERE ((status)::text <> 'DONE'::text)");
    }

    @Test
    void repositoriesWriteAndReadRows() {
        Account ada = accounts.save(new Account("ada@example.com", "Ada"));
        Account grace = accounts.save(new Account("grace@example.com", "Grace"));
        Project launch = projects.save(new Project(ada, "Launch"));

        Task copy = new Task(launch, "Write the landing page", ada);
        copy.setDueOn(LocalDate.of(2026, 1, 10));
        copy.assignTo(grace);
        Task pricing = new Task(launch, "Decide the prices", ada);
        pricing.setDueOn(LocalDate.of(2026, 1, 5));
        tasks.saveAll(List.of(copy, pricing));
        comments.save(new TaskComment(copy, grace, "Draft is in the shared folder."));

        assertThat(accounts.findByEmail("grace@example.com")).get().extracting(Account::getDisplayName)
                .isEqualTo("Grace");
        assertThat(projects.findByAccountOrderByName(ada)).extracting(Project::getName).containsExactly("Launch");
        assertThat(tasks.findByProjectAndStatusOrderById(launch, TaskStatus.OPEN)).extracting(Task::getTitle)
                .containsExactly("Write the landing page", "Decide the prices");
        assertThat(tasks.findByStatusNotAndDueOnBeforeOrderByDueOn(TaskStatus.DONE, LocalDate.of(2026, 2, 1)))
                .extracting(Task::getTitle).containsExactly("Decide the prices", "Write the landing page");
        assertThat(comments.findByTaskOrderByCreatedAt(copy)).extracting(TaskComment::getBody)
                .containsExactly("Draft is in the shared folder.");
        assertThat(jdbc.queryForObject("SELECT status FROM tasks WHERE id = ?", String.class, copy.getId()))
                .isEqualTo("OPEN"); // the column default and the enum agree

        // an update through Hibernate: @Version counts, @UpdateTimestamp's value is the one kept
        Instant before = tasks.findById(pricing.getId()).orElseThrow().getUpdatedAt();
        transaction.executeWithoutResult(status -> tasks.findById(pricing.getId()).orElseThrow()
                .moveTo(TaskStatus.DONE));
        Task done = tasks.findById(pricing.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(TaskStatus.DONE);
        assertThat(done.getVersion()).isEqualTo(1L);
        assertThat(done.getUpdatedAt()).isAfterOrEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT updated_at FROM tasks WHERE id = ?", OffsetDateTime.class,
                done.getId()).toInstant()).isEqualTo(done.getUpdatedAt());
        assertThat(tasks.findByStatusNotAndDueOnBeforeOrderByDueOn(TaskStatus.DONE, LocalDate.of(2026, 2, 1)))
                .extracting(Task::getTitle).containsExactly("Write the landing page");
    }

    @Test
    void theDatabaseKeepsTheRulesTheEntitiesDeclare() {
        Account owner = accounts.save(new Account("owner@example.com", "Owner"));
        Project roadmap = projects.save(new Project(owner, "Roadmap"));
        assertThatThrownBy(() -> projects.saveAndFlush(new Project(owner, "Roadmap")))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("projects_account_id_name_unique");
        assertThatThrownBy(() -> jdbc.update("INSERT INTO tasks (project_id, reporter_id, title, status, version) "
                + "VALUES (?, ?, 'Lost card', 'LOST', 0)", roadmap.getId(), owner.getId()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("tasks_status_valid");
        accounts.save(new Account("third@example.com", "Third"));
        assertThatThrownBy(() -> accounts.saveAndFlush(new Account("owner@example.com", "Again")))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("accounts_email_unique");

        // a writer other than Hibernate: the trigger moves updated_at when the UPDATE leaves it alone
        jdbc.update("UPDATE accounts SET updated_at = '2000-01-01T00:00:00Z' WHERE email = 'third@example.com'");
        jdbc.update("UPDATE accounts SET display_name = 'Third One' WHERE email = 'third@example.com'");
        assertThat(jdbc.queryForObject("SELECT updated_at > '2001-01-01' FROM accounts WHERE email = ?",
                Boolean.class, "third@example.com")).isTrue();
    }
}
