package dev.arbiter.checker;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Kattis/ICPC default output validator: tokens compared case-insensitively unless case_sensitive, whitespace
 * ignored unless space_change_sensitive, numbers within float_absolute_tolerance or float_relative_tolerance.
 */
final class TokensChecker implements Checker {

    private final boolean caseSensitive;
    private final boolean spaceSensitive;
    private final double absTolerance;
    private final double relTolerance;

    TokensChecker(JsonNode spec) {
        caseSensitive = spec.path("caseSensitive").asBoolean(false);
        spaceSensitive = spec.path("spaceSensitive").asBoolean(false);
        absTolerance = spec.path("absTolerance").asDouble(-1);
        relTolerance = spec.path("relTolerance").asDouble(-1);
    }

    @Override
    public boolean accepts(String expected, String actual) {
        if (spaceSensitive && !expected.replaceAll("[^\\s]+", "x").equals(actual.replaceAll("[^\\s]+", "x"))) return false;
        String[] want = expected.strip().split("\\s+");
        String[] got = actual.strip().split("\\s+");
        if (want.length != got.length) return false;
        for (int i = 0; i < want.length; i++) {
            if (!same(want[i], got[i])) return false;
        }
        return true;
    }

    private boolean same(String want, String got) {
        if (caseSensitive ? want.equals(got) : want.equalsIgnoreCase(got)) return true;
        if (absTolerance < 0 && relTolerance < 0) return false;
        try {
            double x = Double.parseDouble(want);
            double y = Double.parseDouble(got);
            double diff = Math.abs(x - y);
            return (absTolerance >= 0 && diff <= absTolerance) || (relTolerance >= 0 && diff <= relTolerance * Math.abs(x));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
