package dev.arbiter.problem;

import dev.arbiter.support.PackageFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class CatalogLoaderTest {

    @Inject
    CatalogLoader loader;

    @TempDir
    Path root;

    @Test
    void loadsGoodPackagesAndReportsBrokenOnesWithoutFailing() {
        PackageFixture.valid(root, "loader-good");
        PackageFixture.valid(root, "loader-broken").write("problem.yaml", "title: [unclosed\n");
        PackageFixture.valid(root, "loader-no-tests").delete("tests/secret/01.in").delete("tests/secret/01.ans");

        CatalogLoader.Report report = loader.load(root);

        assertThat(report.loaded()).containsExactly("loader-good");
        assertThat(report.broken()).containsOnlyKeys("loader-broken", "loader-no-tests");
        assertThat(report.broken().get("loader-broken")).singleElement()
                .satisfies(e -> assertThat(e.file()).isEqualTo("problem.yaml"));
        assertThat(report.broken().get("loader-no-tests")).extracting(PackageError::toString)
                .anySatisfy(e -> assertThat(e).startsWith("tests/secret").contains("at least one test"));
        assertThat(stored("loader-good").title).isEqualTo("Add Two");
    }

    @Test
    void aLinkedPackageFolderIsRefusedByNameNotReadNorSkippedInSilence(@TempDir Path elsewhere) throws Exception {
        PackageFixture.valid(elsewhere, "loader-outside");
        Files.createSymbolicLink(root.resolve("loader-linked"), elsewhere.resolve("loader-outside"));
        Files.createSymbolicLink(root.resolve("loader-etc"), Path.of("/etc"));
        Files.createSymbolicLink(root.resolve("notes.md"), Path.of("/etc/hostname")); // a link to a file is no package

        CatalogLoader.Report report = loader.load(root);

        assertThat(report.loaded()).isEmpty();
        assertThat(report.broken()).containsOnlyKeys("loader-linked", "loader-etc");
        assertThat(report.broken().get("loader-linked")).extracting(PackageError::toString)
                .containsExactly("loader-linked: " + CatalogLoader.LINKED);
        assertThat(stored(List.of("loader-linked", "loader-outside", "loader-etc"))).isZero();
    }

    @Test
    void reloadKeepsUnchangedProblemsAndReplacesChangedOnesByVersion() {
        PackageFixture fixture = PackageFixture.valid(root, "loader-versioned");
        loader.load(root);
        Problem before = stored("loader-versioned");

        assertThat(loader.load(root).unchanged()).containsExactly("loader-versioned");

        fixture.write("tests/secret/02.in", "5\n5\n").write("tests/secret/02.ans", "10\n");
        assertThat(loader.load(root).loaded()).containsExactly("loader-versioned");
        Problem after = stored("loader-versioned");
        assertThat(after.id).isEqualTo(before.id);
        assertThat(after.version).isNotEqualTo(before.version);
        assertThat(testCount(after)).isEqualTo(3);
    }

    @Transactional
    Problem stored(String slug) {
        return Problem.findBySlug(slug).orElseThrow();
    }

    @Transactional
    long stored(List<String> slugs) {
        return Problem.count("slug in ?1", slugs);
    }

    @Transactional
    long testCount(Problem p) {
        return TestCase.count("versionId", p.currentVersionId);
    }
}
