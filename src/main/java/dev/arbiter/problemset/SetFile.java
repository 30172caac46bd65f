package dev.arbiter.problemset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.arbiter.problem.PackageError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads sets/NAME.yaml files: {@code title}, optional {@code description}, and {@code problems}, a list whose items
 * are slugs or {slug, minutes}. Every complaint names the file and, when it can, the line.
 */
public final class SetFile {

    /** A set as written, before it is stored. */
    public record Definition(String name, String title, String description, List<ProblemSet.Item> items) {
    }

    /** The sets of a folder and the errors of the broken ones. */
    public record Result(List<Definition> sets, List<PackageError> errors) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SetFile() {
    }

    public static Result readAll(Path dir) {
        List<Definition> sets = new ArrayList<>();
        List<PackageError> errors = new ArrayList<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return new Result(sets, errors);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList()) {
                read(f, errors).ifPresent(sets::add);
            }
        } catch (IOException e) {
            errors.add(new PackageError("sets", 0, "unreadable: " + e.getMessage()));
        }
        return new Result(sets, errors);
    }

    static java.util.Optional<Definition> read(Path file, List<PackageError> errors) {
        String fileName = file.getFileName().toString();
        String name = fileName.replaceFirst("\\.ya?ml$", "");
        String rel = "sets/" + fileName;
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            errors.add(new PackageError(rel, 0, "a set's file name must be a slug: lowercase letters, digits and dashes"));
            return java.util.Optional.empty();
        }
        String text;
        JsonNode root;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return java.util.Optional.empty();
            text = Files.readString(file);
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            errors.add(new PackageError(rel, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage()));
            return java.util.Optional.empty();
        } catch (IOException e) {
            errors.add(new PackageError(rel, 0, "unreadable: " + e.getMessage()));
            return java.util.Optional.empty();
        }
        int before = errors.size();
        if (root == null || !root.path("title").isTextual() || root.path("title").asText().isBlank()) {
            errors.add(new PackageError(rel, lineOf(text, "title"), "title is required"));
        }
        List<ProblemSet.Item> items = new ArrayList<>();
        JsonNode problems = root == null ? null : root.get("problems");
        if (problems == null || !problems.isArray() || problems.isEmpty()) {
            errors.add(new PackageError(rel, lineOf(text, "problems"), "problems must be a list of problem slugs"));
        } else {
            for (JsonNode p : problems) {
                String slug = p.isTextual() ? p.asText() : p.path("slug").asText(null);
                Integer minutes = p.has("minutes") ? p.get("minutes").asInt() : null;
                if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    errors.add(new PackageError(rel, lineOf(text, "problems"), "each problem is a slug or {slug, minutes} (was " + p + ")"));
                } else if (minutes != null && (minutes < 1 || minutes > 600)) {
                    errors.add(new PackageError(rel, lineOf(text, slug), "minutes must be between 1 and 600"));
                } else {
                    items.add(new ProblemSet.Item(slug, minutes));
                }
            }
        }
        if (errors.size() > before) return java.util.Optional.empty();
        return java.util.Optional.of(new Definition(name, root.get("title").asText().strip(),
                root.path("description").asText(null), items));
    }

    private static int lineOf(String text, String word) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(word)) return i + 1;
        }
        return 0;
    }
}
