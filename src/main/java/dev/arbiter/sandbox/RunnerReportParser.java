package dev.arbiter.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** Parses the runner's report: one JSON line, then stdout, stderr and result bytes of the stated lengths. */
final class RunnerReportParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunnerReportParser() {
    }

    static RunReport parse(byte[] raw, int hostWallMs) {
        int newline = indexOf(raw, (byte) '\n');
        if (newline < 0) {
            return RunReport.guardFailed("the judge process inside the sandbox gave no report", hostWallMs);
        }
        try {
            JsonNode head = JSON.readTree(new String(raw, 0, newline, StandardCharsets.UTF_8));
            int stdoutLen = head.path("stdout_bytes").asInt();
            int stderrLen = head.path("stderr_bytes").asInt();
            int resultLen = head.path("result_bytes").asInt();
            int at = newline + 1;
            if (at + stdoutLen + stderrLen + resultLen > raw.length) {
                return RunReport.guardFailed("the sandbox report was cut short", hostWallMs);
            }
            String stdout = text(raw, at, stdoutLen);
            String stderr = text(raw, at + stdoutLen, stderrLen);
            String result = text(raw, at + stdoutLen + stderrLen, resultLen);
            return new RunReport(status(head.path("status").asText()), integer(head, "exit_code"), integer(head, "signal"),
                    head.path("cpu_ms").asInt(), head.path("wall_ms").asInt(), head.path("delay_ms").asInt(),
                    head.path("memory_kb").asInt(), head.path("restarted").asBoolean(), stdout, stderr, result);
        } catch (IOException | IllegalArgumentException e) {
            return RunReport.guardFailed("unreadable sandbox report: " + e.getMessage(), hostWallMs);
        }
    }

    private static RunReport.Status status(String s) {
        return RunReport.Status.valueOf(s.toUpperCase(Locale.ROOT));
    }

    private static Integer integer(JsonNode head, String field) {
        JsonNode n = head.get(field);
        return n == null || n.isNull() ? null : n.asInt();
    }

    private static String text(byte[] raw, int from, int len) {
        return new String(Arrays.copyOfRange(raw, from, from + len), StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] raw, byte b) {
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == b) return i;
        }
        return -1;
    }
}
