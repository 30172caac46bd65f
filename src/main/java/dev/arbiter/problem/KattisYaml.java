package dev.arbiter.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The problem.yaml of a Kattis/ICPC package (legacy and 2023-07 keys): name, limits, validation and validator_flags.
 * Features Arbiter does not support are errors that name the line, never a crash.
 */
final class KattisYaml {

    static final double DEFAULT_MULTIPLIER = 5.0;
    static final double DEFAULT_SAFETY_MARGIN = 2.0;
    static final int DEFAULT_MEMORY_MB = 1024;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String FILE = "problem.yaml";

    final String text;
    final JsonNode root;
    final List<PackageError> errors = new ArrayList<>();

    private KattisYaml(String text, JsonNode root) {
        this.text = text;
        this.root = root;
    }

    /** The parsed file, whose own complaints collect in {@link #errors}; null (and an error) when it is not YAML. */
    static KattisYaml parse(String text, List<PackageError> errors) {
        try {
            JsonNode root = text.isBlank() ? YAML.createObjectNode() : YAML.readTree(text);
            if (root == null || !root.isObject()) root = YAML.createObjectNode();
            KattisYaml yaml = new KattisYaml(text, root);
            yaml.checkSupported();
            return yaml;
        } catch (JsonProcessingException e) {
            errors.add(new PackageError(FILE, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage()));
            return null;
        }
    }

    private void checkSupported() {
        List<String> types = new ArrayList<>();
        JsonNode type = root.path("type");
        if (type.isArray()) type.forEach(t -> types.add(t.asText()));
        else if (type.isTextual()) types.addAll(Arrays.asList(type.asText().split("\\s+")));
        for (String t : types) {
            if (!t.equals("pass-fail")) fail("type", "problem type '" + t + "' is not supported: Arbiter judges pass-fail stdio problems");
        }
        String validation = root.path("validation").asText("default");
        if (validation.contains("interactive")) fail("validation", "interactive problems are not supported");
        if (validation.contains("score")) fail("validation", "scoring problems are not supported");
        if (!validation.equals("default") && !validation.startsWith("custom")) {
            fail("validation", "validation must be default or custom (was '" + validation + "')");
        }
        double multiplier = multiplier();
        if (!(multiplier >= 1.0 && multiplier <= 20)) fail("time_multiplier", "time_multiplier must be between 1 and 20");
        double margin = safetyMargin();
        if (!(margin >= 1.0 && margin <= 10)) fail("time_safety_margin", "time_safety_margin must be between 1 and 10");
        if (!(resolution() >= 0.1 && resolution() <= 10)) fail("time_resolution", "time_resolution must be between 0.1 and 10 seconds");
    }

    boolean customValidation() {
        return root.path("validation").asText("default").startsWith("custom");
    }

    boolean declaresValidation() {
        return root.has("validation");
    }

    String title(String slug) {
        JsonNode name = root.path("name");
        if (name.isTextual() && !name.asText().isBlank()) return name.asText().strip();
        if (name.isObject()) {
            JsonNode en = name.has("en") ? name.get("en") : name.elements().hasNext() ? name.elements().next() : null;
            if (en != null && en.isTextual()) return en.asText().strip();
        }
        return slug;
    }

    List<String> keywords() {
        JsonNode k = root.path("keywords");
        List<String> out = new ArrayList<>();
        if (k.isArray()) k.forEach(x -> out.add(x.asText()));
        else if (k.isTextual()) out.addAll(Arrays.asList(k.asText().trim().split("\\s+")));
        return out.stream().filter(s -> !s.isBlank()).map(String::toLowerCase).toList();
    }

    double multiplier() {
        JsonNode limits = root.path("limits");
        return limits.path("time_multipliers").path("ac_to_time_limit").asDouble(limits.path("time_multiplier").asDouble(DEFAULT_MULTIPLIER));
    }

    double safetyMargin() {
        JsonNode limits = root.path("limits");
        return limits.path("time_multipliers").path("time_limit_to_tle").asDouble(limits.path("time_safety_margin").asDouble(DEFAULT_SAFETY_MARGIN));
    }

    /** Calibrated limits are rounded up to a multiple of this (2023-07 limits.time_resolution, seconds). */
    double resolution() {
        return root.path("limits").path("time_resolution").asDouble(1.0);
    }

    /** A time limit the package declares itself (2023-07 limits.time_limit, seconds), in ms; null when calibrated. */
    Integer declaredTimeLimitMs() {
        JsonNode t = root.path("limits").path("time_limit");
        return t.isNumber() ? (int) Math.round(t.asDouble() * 1000) : null;
    }

    int memoryMb(List<String> notes) {
        int mb = root.path("limits").path("memory").asInt(DEFAULT_MEMORY_MB);
        if (mb > 2048) {
            notes.add("limits.memory " + mb + " MiB is capped at 2048 MiB");
            return 2048;
        }
        return Math.max(mb, 32);
    }

    /** validator_flags as a list of words (legacy: one string). */
    List<String> validatorFlags() {
        JsonNode f = root.path("validator_flags");
        List<String> out = new ArrayList<>();
        if (f.isArray()) f.forEach(x -> out.add(x.asText()));
        else if (f.isTextual()) out.addAll(Arrays.asList(f.asText().trim().split("\\s+")));
        return out.stream().filter(s -> !s.isBlank()).toList();
    }

    /** The default output validator with validator_flags, as the judge's "tokens" checker spec. */
    ObjectNode defaultChecker() {
        ObjectNode spec = YAML.createObjectNode().put("type", "tokens");
        List<String> flags = validatorFlags();
        spec.put("caseSensitive", flags.contains("case_sensitive"));
        spec.put("spaceSensitive", flags.contains("space_change_sensitive"));
        for (int i = 0; i < flags.size(); i++) {
            String flag = flags.get(i);
            if (flag.equals("case_sensitive") || flag.equals("space_change_sensitive")) continue;
            boolean abs = flag.equals("float_absolute_tolerance") || flag.equals("float_tolerance");
            boolean rel = flag.equals("float_relative_tolerance") || flag.equals("float_tolerance");
            if ((abs || rel) && i + 1 < flags.size()) {
                try {
                    double value = Double.parseDouble(flags.get(++i));
                    if (abs) spec.put("absTolerance", value);
                    if (rel) spec.put("relTolerance", value);
                    continue;
                } catch (NumberFormatException e) {
                    fail("validator_flags", flag + " needs a number");
                    continue;
                }
            }
            fail("validator_flags", "unknown validator flag '" + flag + "' for the default output validator");
        }
        return spec;
    }

    void fail(String key, String reason) {
        errors.add(new PackageError(FILE, lineOf(key), reason));
    }

    private int lineOf(String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].stripLeading().startsWith(key + ":")) return i + 1;
        }
        return 0;
    }
}
