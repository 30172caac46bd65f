package dev.arbiter.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.List;

/**
 * A Kattis package's output validator (output_validators/NAME/ or output_validator/): its source files as one JSON
 * object {path: text} for the judge, and its language: C++ when there is a .cpp/.cc file, else Python.
 */
record KattisValidatorFiles(String language, String json) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The validator, or null when the package has none (or an error when it is in another language). */
    static KattisValidatorFiles find(Path dir, List<PackageError> errors) {
        Path root = null;
        String name = null;
        List<Path> legacy = PackageFiles.list(dir.resolve("output_validators"));
        if (legacy.size() > 1) {
            errors.add(new PackageError("output_validators", 0, "has more than one validator; keep one"));
            return null;
        }
        if (legacy.size() == 1) {
            root = legacy.get(0);
            name = "output_validators/" + root.getFileName();
        } else if (!KattisPackageReader.walk(dir.resolve("output_validator")).isEmpty()) {
            root = dir.resolve("output_validator");
            name = "output_validator";
        }
        if (root == null) return null;
        Path base = root;
        List<Path> files = java.nio.file.Files.isDirectory(root) ? KattisPackageReader.walk(root) : List.of(root);
        if (!java.nio.file.Files.isDirectory(root)) base = root.getParent();
        ObjectNode sources = JSON.createObjectNode();
        boolean cpp = false;
        int python = 0;
        for (Path f : files.stream().sorted().toList()) {
            String rel = base.relativize(f).toString().replace('\\', '/');
            String file = f.getFileName().toString();
            if (file.endsWith(".cpp") || file.endsWith(".cc")) cpp = true;
            if (file.endsWith(".py")) python++;
            if (!file.matches(".*\\.(cpp|cc|h|hpp|hh|py)$")) continue;
            if (!rel.matches("[A-Za-z0-9._/-]+")) {
                errors.add(new PackageError(name + "/" + rel, 0, "validator file names use letters, digits, '.', '_' and '-' only"));
                continue;
            }
            String text = PackageFiles.text(f, name + "/" + rel, errors);
            if (text != null) sources.put(rel, text);
        }
        if (!cpp && python == 0) {
            errors.add(new PackageError(name, 0, "output validators are supported in Python or C++ only"));
            return null;
        }
        if (!cpp && python > 1 && !sources.has("validate.py")) {
            errors.add(new PackageError(name, 0, "several Python files: name the validator's entry validate.py"));
            return null;
        }
        return new KattisValidatorFiles(cpp ? "cpp" : "python", sources.toString());
    }
}
