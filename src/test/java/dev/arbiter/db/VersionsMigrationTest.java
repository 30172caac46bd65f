package dev.arbiter.db;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation with problems, tests and submissions from before versions existed (and from before typed modes,
 * kinds and per-language limit rows, V8) keeps them, each on a first version; interview sessions pin it.
 */
class VersionsMigrationTest {

    @TempDir
    Path dataDir;

    @Test
    void existingProblemsBecomeTheirFirstVersionWithTheirTestsSolutionsAndSubmissions() throws SQLException {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            Flyway before = Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).target("7").load();
            before.migrate();
            try (Connection c = connect(db); Statement s = c.createStatement()) {
                s.execute("""
                        insert into problem (id, slug, version, title, difficulty, mode, statement_md, spec_json, checker_json,
                                             time_limit_java_ms, time_limit_python_ms, memory_mb)
                        values (1, 'old', 'abc', 'Old', 'easy', 'stdio', 'x', '{}', '{"type":"exact"}', 1000, 2000, 256)""");
                s.execute("insert into problem_tag values (1, 'math'), (1, 'arrays')");
                s.execute("insert into test_case (id, problem_id, ordinal, name, sample, input, expected) values (1, 1, 0, 'sample/1', true, '1', '1')");
                s.execute("insert into problem_solution (id, problem_id, kind, language, name, source) values (1, 1, 'accepted', 'python', 'a.py', 'print(1)')");
                s.execute("""
                        insert into submission (id, problem_id, problem_version, language, kind, source, state, verdict)
                        values ('00000000-0000-0000-0000-000000000001', 1, 'abc', 'python', 'SUBMIT', 'print(1)', 'DONE', 'ACCEPTED')""");
            }
            Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).target("21").load().migrate();
            try (Connection c = connect(db); Statement s = c.createStatement()) {
                s.execute("""
                        insert into interview (id, candidate_name, languages, duration_minutes, state, created_at)
                        values (1, 'Ada', 'python', 45, 'SCHEDULED', now())""");
                s.execute("""
                        insert into interview_problem (id, interview_id, position, problem_id, problem_version, slug, title, pinned_json)
                        values (1, 1, 0, 1, 'abc', 'old', 'Old', '{}')""");
            }
            Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).load().migrate();
            try (Connection c = connect(db); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("""
                         select v.version, v.state, v.tags,
                                (select time_limit_ms from problem_version_time_limit l where l.version_id = v.id and l.language = 'python'),
                                p.current_version_id = v.id,
                                (select count(*) from test_case t where t.version_id = v.id),
                                (select count(*) from problem_solution ps where ps.version_id = v.id and ps.kind = 'ACCEPTED'),
                                (select count(*) from submission sub where sub.problem_version_id = v.id),
                                v.mode,
                                (select time_limit_ms from problem_version_time_limit l where l.version_id = v.id and l.language = 'java')
                           from problem_version v join problem p on p.id = v.problem_id""")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("abc");
                assertThat(rs.getString(2)).isEqualTo("PUBLISHED");
                assertThat(rs.getString(3)).isEqualTo("arrays,math");
                assertThat(rs.getInt(4)).isEqualTo(2000);
                assertThat(rs.getBoolean(5)).isTrue();
                assertThat(rs.getLong(6)).isEqualTo(1);
                assertThat(rs.getLong(7)).isEqualTo(1);
                assertThat(rs.getLong(8)).isEqualTo(1);
                assertThat(rs.getString(9)).isEqualTo("STDIO");
                assertThat(rs.getInt(10)).isEqualTo(1000);
                assertThat(rs.next()).isFalse();
            }
            try (Connection c = connect(db); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("""
                         select ip.problem_version_id = v.id from interview_problem ip join problem_version v on v.problem_id = ip.problem_id""")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).as("a session made before versions pins the version its content hash names").isTrue();
            }
        }
    }

    private static Connection connect(EmbeddedDatabase db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }
}
