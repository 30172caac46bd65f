package dev.arbiter.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.lang.Mode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks that a test's .in and .ans files, or a run's own input, match the problem's mode, parameters and their
 * types, pointing at the offending line.
 */
final class TestFormat {

    // one value per line, as the harnesses read it: "1 2" is not the number 1
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private TestFormat() {
    }

    static List<PackageError> check(Mode mode, ProblemYaml yaml, String inFile, String input, String ansFile, String expected) {
        List<PackageError> errors = new ArrayList<>();
        if (mode == Mode.STDIO) return errors;
        Input in = read(input, inFile, errors);
        JsonNode answer = parse(expected.strip(), ansFile, 1, errors);
        if (!errors.isEmpty()) return errors;
        errors.addAll(shape(mode, yaml, inFile, in));
        if (errors.isEmpty() && mode == Mode.DESIGN && (!answer.isArray() || answer.size() != in.values().get(0).size())) {
            errors.add(new PackageError(ansFile, 1, "the answer must be a JSON array with one result per operation"));
        }
        return errors;
    }

    /** What {@link #check} says of an input alone: a run's own input, before it is judged. */
    static List<PackageError> checkInput(Mode mode, ProblemYaml yaml, String inFile, String input) {
        List<PackageError> errors = new ArrayList<>();
        if (mode == Mode.STDIO) return errors;
        Input in = read(input, inFile, errors);
        return errors.isEmpty() ? shape(mode, yaml, inFile, in) : errors;
    }

    /** The input's JSON values, one per non-blank line, and the line each was on. */
    private record Input(List<JsonNode> values, List<Integer> lines) {
    }

    private static Input read(String input, String inFile, List<PackageError> errors) {
        List<JsonNode> values = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int lineNo = 0;
        for (String line : input.lines().toList()) {
            lineNo++;
            if (line.isBlank()) continue;
            JsonNode value = parse(line, inFile, lineNo, errors);
            if (value != null) {
                values.add(value);
                lines.add(lineNo);
            }
        }
        return new Input(values, lines);
    }

    private static List<PackageError> shape(Mode mode, ProblemYaml yaml, String inFile, Input in) {
        List<PackageError> errors = new ArrayList<>();
        List<JsonNode> values = in.values();
        if (mode == Mode.SIGNATURE) {
            List<ProblemYaml.Param> params = yaml.signature() == null || yaml.signature().params() == null
                    ? List.of() : yaml.signature().params();
            if (values.size() != params.size()) {
                errors.add(new PackageError(inFile, values.size() + 1, "expected " + params.size()
                        + " lines (one JSON value per parameter) but found " + values.size()));
                return errors;
            }
            for (int i = 0; i < params.size(); i++) {
                String why = ArgumentTypes.misfit(values.get(i), params.get(i).type());
                if (why != null) errors.add(new PackageError(inFile, in.lines().get(i), "parameter " + params.get(i).name() + ": " + why));
            }
        } else if (mode == Mode.DESIGN) {
            if (values.size() != 2 || !values.get(0).isArray() || !values.get(1).isArray()) {
                errors.add(new PackageError(inFile, 1, "a design test has two lines: the JSON array of operations and the JSON array of argument arrays"));
            } else if (values.get(0).size() != values.get(1).size()) {
                errors.add(new PackageError(inFile, 2, "operations (" + values.get(0).size() + ") and argument arrays ("
                        + values.get(1).size() + ") differ in length"));
            } else if (yaml.design() != null && !yaml.design().className().equals(values.get(0).path(0).asText())) {
                errors.add(new PackageError(inFile, 1, "the first operation must be the class name " + yaml.design().className()));
            } else if (yaml.design() != null) {
                operations(yaml.design(), values.get(0), values.get(1), inFile, in.lines(), errors);
            }
        }
        return errors;
    }

    /** Each operation a method of the class, with as many arguments as it takes, of its types. */
    private static void operations(ProblemYaml.Design design, JsonNode ops, JsonNode args, String inFile, List<Integer> lines,
                                   List<PackageError> errors) {
        Map<String, ProblemYaml.Method> methods = (design.methods() == null ? List.<ProblemYaml.Method>of() : design.methods())
                .stream().collect(Collectors.toMap(ProblemYaml.Method::name, Function.identity(), (a, b) -> a));
        for (int i = 0; i < ops.size(); i++) {
            String op = ops.get(i).asText();
            List<ProblemYaml.Param> params;
            if (i == 0) {
                params = design.constructor() == null || design.constructor().params() == null ? List.of() : design.constructor().params();
            } else if (ops.get(i).isTextual() && methods.containsKey(op)) {
                params = methods.get(op).params() == null ? List.of() : methods.get(op).params();
            } else {
                errors.add(new PackageError(inFile, lines.get(0), "operation " + i + ": " + design.className() + " has no method "
                        + ArgumentTypes.shortText(ops.get(i))));
                return;
            }
            JsonNode given = args.get(i);
            if (!given.isArray() || given.size() != params.size()) {
                errors.add(new PackageError(inFile, lines.get(1), "operation " + i + " (" + op + "): expected " + params.size()
                        + " arguments, got " + ArgumentTypes.shortText(given)));
                return;
            }
            for (int p = 0; p < params.size(); p++) {
                String why = ArgumentTypes.misfit(given.get(p), params.get(p).type());
                if (why != null) {
                    errors.add(new PackageError(inFile, lines.get(1), "operation " + i + " (" + op + "), parameter "
                            + params.get(p).name() + ": " + why));
                    return;
                }
            }
        }
    }

    private static JsonNode parse(String text, String file, int line, List<PackageError> errors) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage().startsWith("Trailing token") ? "more than one value on the line" : e.getOriginalMessage();
            errors.add(new PackageError(file, line, "not valid JSON: " + why));
            return null;
        }
    }
}
