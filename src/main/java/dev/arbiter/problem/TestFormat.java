package dev.arbiter.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.lang.Mode;

import java.util.ArrayList;
import java.util.List;

/** Checks that a test's .in and .ans files match the problem's mode, pointing at the offending line. */
final class TestFormat {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestFormat() {
    }

    static List<PackageError> check(Mode mode, ProblemYaml yaml, String inFile, String input, String ansFile, String expected) {
        List<PackageError> errors = new ArrayList<>();
        if (mode == Mode.STDIO) return errors;
        List<String> lines = input.lines().filter(l -> !l.isBlank()).toList();
        List<JsonNode> values = new ArrayList<>();
        int lineNo = 0;
        for (String line : input.lines().toList()) {
            lineNo++;
            if (line.isBlank()) continue;
            JsonNode value = parse(line, inFile, lineNo, errors);
            if (value != null) values.add(value);
        }
        JsonNode answer = parse(expected.strip(), ansFile, 1, errors);
        if (!errors.isEmpty()) return errors;
        if (mode == Mode.SIGNATURE) {
            int params = yaml.signature() == null || yaml.signature().params() == null ? 0 : yaml.signature().params().size();
            if (lines.size() != params) {
                errors.add(new PackageError(inFile, lines.size() + 1, "expected " + params
                        + " lines (one JSON value per parameter) but found " + lines.size()));
            }
        } else if (mode == Mode.DESIGN) {
            if (values.size() != 2 || !values.get(0).isArray() || !values.get(1).isArray()) {
                errors.add(new PackageError(inFile, 1, "a design test has two lines: the JSON array of operations and the JSON array of argument arrays"));
            } else if (values.get(0).size() != values.get(1).size()) {
                errors.add(new PackageError(inFile, 2, "operations (" + values.get(0).size() + ") and argument arrays ("
                        + values.get(1).size() + ") differ in length"));
            } else if (!answer.isArray() || answer.size() != values.get(0).size()) {
                errors.add(new PackageError(ansFile, 1, "the answer must be a JSON array with one result per operation"));
            } else if (yaml.design() != null && !yaml.design().className().equals(values.get(0).path(0).asText())) {
                errors.add(new PackageError(inFile, 1, "the first operation must be the class name " + yaml.design().className()));
            }
        }
        return errors;
    }

    private static JsonNode parse(String text, String file, int line, List<PackageError> errors) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            errors.add(new PackageError(file, line, "not valid JSON: " + e.getOriginalMessage()));
            return null;
        }
    }
}
