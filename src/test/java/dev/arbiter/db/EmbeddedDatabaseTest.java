package dev.arbiter.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartOfTheEmbeddedServer() throws SQLException {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            try (Connection c = connect(db); Statement s = c.createStatement()) {
                s.execute("create table kept (note text)");
                s.execute("insert into kept values ('still here')");
            }
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir);
             Connection c = connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select note from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void aSecondServerOnADirectoryInUseIsRefusedAndTheFirstKeepsServing() throws SQLException {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use by another running Arbiter");
            try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select 1")) {
                assertThat(rs.next()).isTrue();
            }
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir)) { // closed: the directory is free again
            assertThat(again.dataDir()).isEqualTo(dataDir);
        }
    }

    @Test
    void aThrowawayDatabaseLeavesNoDirectoryBehind() throws SQLException {
        Path used;
        try (EmbeddedDatabase db = EmbeddedDatabase.startThrowaway(EmbeddedDatabase.Stop.WHEN_CLOSED);
             Connection c = connect(db); Statement s = c.createStatement()) {
            used = db.dataDir();
            s.execute("create table scratch (note text)");
            assertThat(used).isDirectory();
        }
        assertThat(used).doesNotExist();
        assertThat(used.resolveSibling(used.getFileName() + ".lock")).doesNotExist();
    }

    private static Connection connect(EmbeddedDatabase db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }
}
