package dev.tablesmith.rules.naming;

import static dev.tablesmith.rules.naming.NamingSources.t;

import dev.tablesmith.testing.RuleCase;
import dev.tablesmith.testing.SchemaRuleContract;
import java.util.stream.Stream;

/** {@link IndexNameRule}: the violations, compliant sources, {@code @Allow} and severities (see the contract). */
class IndexNameRuleTest extends SchemaRuleContract {
    @Override
    protected String ruleId() {
        return "index-name";
    }

    @Override
    protected Stream<RuleCase> violations() {
        return Stream.of(
                violation("JPA @Index",
                        "index name 'email_idx' should read idx_<table>_<columns>: use @Index(name ="
                                + " \"idx_users_email\"), or leave the name out to have it generated [index-name]",
                        "name = \"email_idx\"", t("""
                                @Entity
                                @Table(name = "users", indexes = @Index(
                                    name = "email_idx", columnList = "email"))
                                public class User { @Id private Long id; private String email; }
                                """)),
                violation("@TableIndex with an expression",
                        "index name 'users_lower_email' should read idx_<table>_<columns>: use @TableIndex(name ="
                                + " \"idx_users_email_lower\"), or leave the name out to have it generated [index-name]",
                        "name = \"users_lower_email\"", t("""
                                @Entity
                                @Table(name = "users")
                                @TableIndex(
                                    name = "users_lower_email", expression = "lower(email)")
                                public class User { @Id private Long id; private String email; }
                                """)));
    }

    @Override
    protected Stream<RuleCase.Sources> compliant() {
        return Stream.of(NamingSources.HANDBOOK, RuleCase.Sources.of("written and generated names", t("""
                @Entity
                @Table(name = "users", indexes = @Index(name = "idx_users_email", columnList = "email"))
                @TableIndex(columns = {"last_name", "first_name"})
                public class User { @Id private Long id; private String email; private String lastName; private String firstName; }
                """)));
    }
}
