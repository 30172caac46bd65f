package dev.arbiter.problem;

import dev.arbiter.problem.ProblemPackage.ImageFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A package's statement images: each a PNG, JPEG, GIF or SVG whose content is what its name says, at most 1 MiB,
 * and 4 MiB together. Anything else is an error naming the file.
 */
final class StatementImages {

    static final long MAX_IMAGE_BYTES = 1L << 20;
    static final long MAX_TOTAL_BYTES = 4L << 20;
    static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "gif", "image/gif", "svg", "image/svg+xml");
    /** The extensions an image may have, in the order a name without one is tried. */
    static final List<String> EXTENSIONS = TYPES.keySet().stream().sorted().toList();

    private StatementImages() {
    }

    static boolean isImage(Path file) {
        return TYPES.containsKey(extension(file.getFileName().toString()));
    }

    /** The images among the folder's files, named prefix + file name; other files are left alone. */
    static List<ImageFile> read(Path folder, String prefix, List<PackageError> errors) {
        List<ImageFile> images = new ArrayList<>();
        long total = 0;
        for (Path file : PackageFiles.list(folder).stream().filter(StatementImages::isImage).sorted().toList()) {
            String name = prefix + file.getFileName();
            ImageFile image = readOne(file, name, errors);
            if (image == null) continue;
            total += image.bytes().length;
            if (total > MAX_TOTAL_BYTES) {
                errors.add(new PackageError(name, 0, "the statement's images are over " + (MAX_TOTAL_BYTES >> 20)
                        + " MiB together"));
                return images;
            }
            images.add(image);
        }
        return images;
    }

    private static ImageFile readOne(Path file, String name, List<PackageError> errors) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                errors.add(new PackageError(name, 0, "not a regular file (a link is never followed)"));
                return null;
            }
            if (Files.size(file) > MAX_IMAGE_BYTES) {
                errors.add(new PackageError(name, 0, "an image of " + Files.size(file) + " bytes, over the "
                        + (MAX_IMAGE_BYTES >> 20) + " MiB an image may be"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            String type = TYPES.get(extension(name));
            if (!looksLike(type, bytes)) {
                errors.add(new PackageError(name, 0, "not a " + type + " image, as its name says it is"));
                return null;
            }
            return new ImageFile(name, type, bytes);
        } catch (IOException e) {
            errors.add(new PackageError(name, 0, "unreadable: " + e.getMessage()));
            return null;
        }
    }

    /** The content's signature, so that a browser told the type shows what the file is. */
    static boolean looksLike(String type, byte[] bytes) {
        return switch (type) {
            case "image/png" -> startsWith(bytes, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            case "image/jpeg" -> startsWith(bytes, new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff});
            case "image/gif" -> startsWith(bytes, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                    || startsWith(bytes, "GIF89a".getBytes(StandardCharsets.US_ASCII));
            case "image/svg+xml" -> new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).contains("<svg");
            default -> false;
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] signature) {
        return bytes.length >= signature.length && Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
