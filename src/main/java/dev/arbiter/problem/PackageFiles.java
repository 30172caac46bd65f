package dev.arbiter.problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reading a package's files without following symlinks, each problem reported against its file. */
final class PackageFiles {

    static final long MAX_FILE_BYTES = 8L << 20;

    private PackageFiles() {
    }

    /** The file's text, or null with an error naming it. */
    static String text(Path file, String name, List<PackageError> errors) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                errors.add(new PackageError(name, 0, "missing (or not a regular file)"));
                return null;
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                errors.add(new PackageError(name, 0, "larger than " + (MAX_FILE_BYTES >> 20) + " MiB"));
                return null;
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            errors.add(new PackageError(name, 0, "unreadable: " + e.getMessage()));
            return null;
        }
    }

    /** The folder's entries but hidden ones; empty when it is not a folder. */
    static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
