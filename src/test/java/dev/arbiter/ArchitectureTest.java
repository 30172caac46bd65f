package dev.arbiter;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package graph follows the data flow, top to bottom, with no cycles: a package uses only packages of lower
 * layers (a call that would go back up is a CDI event instead). Read from the sources' own references.
 */
class ArchitectureTest {

    /** Top to bottom; packages on one line are peers and do not use each other. */
    static final List<List<String>> LAYERS = List.of(
            List.of("(root)"),
            List.of("cli"),
            List.of("sources"),
            List.of("calibration", "score", "interview", "rejudge"),
            List.of("judge"),
            List.of("submission", "draft", "problemset"),
            List.of("problem"),
            List.of("checker", "measure"),
            List.of("lang"),
            List.of("account", "lease", "sandbox", "db"),
            List.of("common"));

    private static final Path MAIN = Path.of("src/main/java/dev/arbiter");
    private static final Pattern REFERENCE = Pattern.compile("dev\\.arbiter\\.(\\w+)");

    @Test
    void packagesOnlyUseLowerLayers() throws IOException {
        Map<String, TreeSet<String>> uses = references();
        List<String> wrong = new ArrayList<>();
        uses.forEach((from, targets) -> {
            for (String to : targets) {
                if (layer(from) >= layer(to)) wrong.add(from + " -> " + to);
            }
        });
        assertThat(uses).as("every package is in a layer").allSatisfy((p, t) -> assertThat(layer(p)).isNotNegative());
        assertThat(wrong).as("references that go up or sideways").isEmpty();
    }

    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) return i;
        }
        return -1;
    }

    private static Map<String, TreeSet<String>> references() throws IOException {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path rel = MAIN.relativize(file);
                String from = rel.getNameCount() == 1 ? "(root)" : rel.getName(0).toString();
                out.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(code(Files.readString(file)));
                while (m.find()) {
                    String to = Character.isUpperCase(m.group(1).charAt(0)) ? "(root)" : m.group(1);
                    if (!to.equals(from)) out.get(from).add(to);
                }
            }
        }
        return out;
    }

    /** The source without string literals and comments, where package names are only words. */
    private static String code(String source) {
        return source.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//.*", "");
    }
}
