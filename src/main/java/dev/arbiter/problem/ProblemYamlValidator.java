package dev.arbiter.problem;

import com.fasterxml.jackson.databind.JsonNode;
import dev.arbiter.lang.Language;
import dev.arbiter.lang.ValueType;
import dev.arbiter.lang.Mode;
import dev.arbiter.measure.ComplexityClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks the meaning of a parsed problem.yaml; every complaint carries the line it is about. */
final class ProblemYamlValidator {

    private static final Set<String> DIFFICULTIES = Set.of("easy", "medium", "hard");
    private static final Set<String> CHECKERS = Set.of("exact", "unordered", "float", "custom");
    private static final String FILE = "problem.yaml";

    private final String text;
    private final List<PackageError> errors = new ArrayList<>();

    private ProblemYamlValidator(String text) {
        this.text = text;
    }

    static List<PackageError> validate(ProblemYaml yaml, String text) {
        ProblemYamlValidator v = new ProblemYamlValidator(text);
        v.check(yaml);
        return v.errors;
    }

    private void check(ProblemYaml y) {
        if (blank(y.title())) fail("title", "title is required");
        if (y.difficulty() == null || !DIFFICULTIES.contains(y.difficulty())) {
            fail("difficulty", "difficulty must be one of easy, medium, hard (was '" + y.difficulty() + "')");
        }
        Mode mode = modeOrFail(y.mode());
        checkLimits(y.limits());
        checkChecker(y.checker());
        if (mode == Mode.SIGNATURE) checkSignature(y.signature());
        if (mode == Mode.DESIGN) checkDesign(y.design());
        checkPerf(y.perf(), mode);
        if (mode != Mode.SIGNATURE && y.signature() != null) fail("signature", "signature is only for mode: signature");
        if (mode != Mode.DESIGN && y.design() != null) fail("design", "design is only for mode: design");
    }

    static Mode mode(String mode) {
        return mode == null ? null : Mode.fromId(mode).orElse(null);
    }

    private Mode modeOrFail(String mode) {
        Mode m = mode(mode);
        if (m == null) fail("mode", "mode must be one of signature, design, stdio (was '" + mode + "')");
        return m;
    }

    /** Scores count the work on three inputs of each size, and judge-images/interleave takes at most 96 inputs. */
    static final int MAX_PERF_SIZES = 32;

    private void checkPerf(ProblemYaml.Perf perf, Mode mode) {
        if (perf == null) return;
        List<Integer> sizes = perf.sizes();
        if (mode == Mode.STDIO) {
            fail("perf", "perf scoring is for mode: signature and mode: design (a stdio program is not a callable)");
        } else if (sizes == null || sizes.size() < 8) {
            fail("sizes", "perf.sizes needs at least 8 input sizes");
        } else if (sizes.size() > MAX_PERF_SIZES) {
            fail("sizes", "perf.sizes takes at most " + MAX_PERF_SIZES + " sizes (was " + sizes.size() + ")");
        } else {
            for (int i = 1; i < sizes.size(); i++) {
                if (sizes.get(i) <= sizes.get(i - 1)) {
                    fail("sizes", "perf.sizes must increase");
                    return;
                }
            }
            if (sizes.get(0) <= 0 || sizes.get(sizes.size() - 1) < 100L * sizes.get(0)) {
                fail("sizes", "perf.sizes must span at least 100x (largest >= 100 x smallest)");
            }
        }
        if (perf.complexity() != null && ComplexityClass.labels().stream().noneMatch(perf.complexity()::equals)) {
            fail("complexity", "perf.complexity must be one of " + String.join(", ", ComplexityClass.labels())
                    + " (was '" + perf.complexity() + "')");
        }
    }

    private void checkLimits(ProblemYaml.Limits limits) {
        if (limits == null || limits.timeMs() == null || limits.memoryMb() == null) {
            fail("limits", "limits needs time_ms (per language) and memory_mb");
            return;
        }
        for (Language language : Language.values()) {
            Integer ms = limits.timeMs().get(language.id());
            if (ms == null || ms < 100 || ms > 30_000) {
                fail("time_ms", "limits.time_ms." + language.id() + " must be between 100 and 30000 (was " + ms + ")");
            }
        }
        limits.timeMs().keySet().stream().filter(k -> Language.fromId(k).isEmpty())
                .forEach(k -> fail(k + ":", "limits.time_ms has an unknown language '" + k + "'"));
        if (limits.memoryMb() < 32 || limits.memoryMb() > 2048) {
            fail("memory_mb", "limits.memory_mb must be between 32 and 2048 (was " + limits.memoryMb() + ")");
        }
    }

    private void checkChecker(JsonNode checker) {
        if (checker == null || checker.isNull()) return;
        String type = checker.isTextual() ? checker.asText() : checker.path("type").asText(null);
        if (type == null || !CHECKERS.contains(type)) {
            fail("checker", "checker must be one of exact, unordered, float, custom (was '" + type + "')");
        } else if (type.equals("float") && checker.path("tolerance").asDouble(-1) <= 0) {
            fail("tolerance", "a float checker needs a positive tolerance");
        } else if (type.equals("custom") && blank(checker.path("program").asText(null))) {
            fail("checker", "a custom checker needs program: <file in the package>");
        }
    }

    private void checkSignature(ProblemYaml.Signature s) {
        if (s == null) {
            fail("mode", "mode: signature needs a signature section (method, params, returns)");
            return;
        }
        if (!identifier(s.method())) fail("method", "signature.method must be a Java/Python identifier");
        checkParams(s.params(), "signature.params");
        checkType(s.returns(), "signature.returns", false);
    }

    private void checkDesign(ProblemYaml.Design d) {
        if (d == null) {
            fail("mode", "mode: design needs a design section (class, constructor, methods)");
            return;
        }
        if (!identifier(d.className())) fail("class", "design.class must be an identifier");
        checkParams(d.constructor() == null ? List.of() : d.constructor().params(), "design.constructor.params");
        if (d.methods() == null || d.methods().isEmpty()) {
            fail("methods", "design.methods needs at least one method");
            return;
        }
        for (ProblemYaml.Method m : d.methods()) {
            if (!identifier(m.name())) fail("methods", "design method names must be identifiers (was '" + m.name() + "')");
            checkParams(m.params(), "design method " + m.name());
            checkType(m.returns(), "design method " + m.name() + " returns", true);
        }
    }

    private void checkParams(List<ProblemYaml.Param> params, String where) {
        if (params == null) return;
        for (ProblemYaml.Param p : params) {
            if (!identifier(p.name())) fail(String.valueOf(p.name()), where + ": parameter name '" + p.name() + "' is not an identifier");
            checkType(p.type(), where + " " + p.name(), false);
        }
    }

    private void checkType(String type, String where, boolean voidAllowed) {
        var valueType = ValueType.of(type);
        if (valueType.isEmpty() || (!voidAllowed && valueType.get().java().equals("void"))) {
            fail(type == null ? where : type, where + ": unsupported type '" + type + "'; supported: " + ValueType.supported());
        }
    }

    private static boolean identifier(String s) {
        return s != null && s.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void fail(String needle, String reason) {
        errors.add(new PackageError(FILE, lineOf(needle), reason));
    }

    /** The first line mentioning the needle: good enough to point an author at the right place. */
    private int lineOf(String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (needle != null && lines[i].contains(needle)) return i + 1;
        }
        return 0;
    }
}
