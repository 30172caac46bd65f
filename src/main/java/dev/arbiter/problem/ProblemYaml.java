package dev.arbiter.problem;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** The contents of a package's problem.yaml, as written by problem authors (see docs/PROBLEM_FORMAT.md). */
public record ProblemYaml(
        String title,
        String difficulty,
        List<String> tags,
        String mode,
        Limits limits,
        JsonNode checker,
        Signature signature,
        Design design,
        Perf perf) {

    /**
     * Sizes passed to generator.py for performance scoring (8+ sizes over at least 100x), and optionally the
     * reference's known growth class ("O(n)"), which measured growth is then reported relative to.
     */
    public record Perf(List<Integer> sizes, String complexity) {
    }

    public record Limits(@JsonProperty("time_ms") Map<String, Integer> timeMs,
                         @JsonProperty("memory_mb") Integer memoryMb) {
    }

    public record Param(String name, String type) {
    }

    public record Signature(String method, List<Param> params, String returns) {
    }

    public record Constructor(List<Param> params) {
    }

    public record Method(String name, List<Param> params, String returns) {
    }

    public record Design(@JsonProperty("class") String className, Constructor constructor, List<Method> methods) {
    }
}
