package dev.arbiter.problem;

import dev.arbiter.support.PackageFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A statement's images: read with the package when they are what their names say, each missing one an error. */
class StatementImagesTest {

    /** The signature of a PNG and nothing else: what the reader checks. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path root;

    @Test
    void anArbiterPackageShowsImagesFromItsImagesFolder() throws IOException {
        PackageFixture fixture = PackageFixture.valid(root, "add-two").write("statement.md", "Add them.\n\n![two apples](images/apples.png)\n");
        Files.createDirectories(fixture.dir().resolve("images"));
        Files.write(fixture.dir().resolve("images/apples.png"), PNG);

        ProblemPackage pkg = ProblemPackageReader.read(fixture.dir()).pkg();

        assertThat(pkg.images()).singleElement().satisfies(image -> {
            assertThat(image.name()).isEqualTo("images/apples.png");
            assertThat(image.contentType()).isEqualTo("image/png");
            assertThat(image.bytes()).isEqualTo(PNG);
        });
        String html = MarkdownRenderer.toHtml(pkg.statementMarkdown(), address -> "/served/" + address);
        assertThat(html).contains("<img src=\"/served/images/apples.png\" alt=\"two apples\" />");
    }

    @Test
    void aMissingImageAFileThatIsNotWhatItsNameSaysAndAnOversizedOneAreErrorsNamingTheFile() throws IOException {
        PackageFixture fixture = PackageFixture.valid(root, "add-two")
                .write("statement.md", "Add them.\n\nSee ![apples](images/apples.png) and ![pears](images/pears.png).\n")
                .write("images/fake.png", "<script>alert(1)</script>\n");
        Files.write(fixture.dir().resolve("images/apples.png"), PNG);
        Files.write(fixture.dir().resolve("images/huge.gif"), new byte[(int) StatementImages.MAX_IMAGE_BYTES + 1]);
        Files.createSymbolicLink(fixture.dir().resolve("images/linked.svg"), Path.of("/etc/passwd"));

        assertThat(ProblemPackageReader.read(fixture.dir()).errors()).extracting(PackageError::toString).containsExactlyInAnyOrder(
                "images/fake.png: not a image/png image, as its name says it is",
                "images/huge.gif: an image of 1048577 bytes, over the 1 MiB an image may be",
                "images/linked.svg: not a regular file (a link is never followed)",
                "statement.md:3: shows the image 'images/pears.png', which is not in the package (it has images/apples.png)");
    }

    @Test
    void webImagesAreLeftAsWrittenAndNotLookedForInThePackage() {
        PackageFixture fixture = PackageFixture.valid(root, "add-two")
                .write("statement.md", "Add them.\n\n![logo](https://example.org/logo.png)\n");

        assertThat(ProblemPackageReader.read(fixture.dir()).errors()).isEmpty();
        assertThat(ImageReferences.fromThePackage("/etc/passwd")).isFalse();
        assertThat(ImageReferences.fromThePackage("data:image/png;base64,AAAA")).isFalse();
    }

    @Test
    void aKattisIllustrationIsShownFromTheStatementFolderWithOrWithoutItsExtension() throws IOException {
        Path copy = PackageFixture.copyTree(KattisPackageReaderTest.PACKAGES.resolve("pairsum"), root.resolve("pairsum"));
        try (var statements = Files.list(copy.resolve("problem_statement"))) {
            for (Path p : statements.toList()) Files.delete(p);
        }
        Files.writeString(copy.resolve("problem_statement/problem.en.tex"),
                "\\problemname{Pair Sum}\nFind the pair.\n\\illustration{0.3}{pairs}{Two pairs, side by side}\n");
        Files.write(copy.resolve("problem_statement/pairs.png"), PNG);

        ProblemPackage pkg = ProblemPackageReader.read(copy).pkg();

        assertThat(pkg.images()).extracting(ProblemPackage.ImageFile::name).containsExactly("pairs.png");
        assertThat(MarkdownRenderer.toHtml(pkg.statementMarkdown(), address -> "/served/" + ImageReferences.resolve(address, java.util.List.of("pairs.png"))))
                .isEqualTo("<p>Find the pair.</p>\n<p><img src=\"/served/pairs.png\" alt=\"Two pairs, side by side\" /><br />\n"
                        + "<em>Two pairs, side by side</em></p>\n");

        Files.delete(copy.resolve("problem_statement/pairs.png"));
        assertThat(ProblemPackageReader.read(copy).errors()).extracting(PackageError::toString)
                .containsExactly("problem_statement/problem.en.tex: shows the image 'pairs', which is not in the package");
    }
}
