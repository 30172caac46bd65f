package dev.arbiter.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small problem packages into a temporary catalog folder, valid unless a test breaks them on purpose. */
public final class PackageFixture {

    public static final String YAML = """
            title: Add Two
            difficulty: easy
            tags: [math]
            mode: signature
            limits:
              time_ms: {java: 2000, python: 4000}
              memory_mb: 256
            signature:
              method: add
              params:
                - {name: a, type: int}
                - {name: b, type: int}
              returns: int
            """;

    private final Path dir;

    private PackageFixture(Path dir) {
        this.dir = dir;
    }

    /** A complete, valid package named {@code slug} under {@code root}. */
    public static PackageFixture valid(Path root, String slug) {
        PackageFixture f = new PackageFixture(root.resolve(slug));
        f.write("problem.yaml", YAML);
        f.write("statement.md", "Add **two** numbers.\n\n<script>alert(1)</script>\n");
        f.write("tests/sample/01.in", "1\n2\n");
        f.write("tests/sample/01.ans", "3\n");
        f.write("tests/secret/01.in", "40\n2\n");
        f.write("tests/secret/01.ans", "42\n");
        f.write("solutions/accepted/Solution.java", "class Solution { public int add(int a, int b) { return a + b; } }\n");
        f.write("solutions/accepted/solution.py", "class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a + b\n");
        return f;
    }

    public PackageFixture write(String relative, String content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PackageFixture delete(String relative) {
        try {
            Files.delete(dir.resolve(relative));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of a folder tree (a package from src/test/resources) at {@code to}, to change without touching the original. */
    public static Path copyTree(Path from, Path to) {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }
}
