package dev.arbiter.sources;

import dev.arbiter.lang.Language;
import dev.arbiter.calibration.ShippedSolutions;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Kattis/ICPC time-limit rule on this machine's measurements: per language, the slowest accepted submission's
 * slowest test times time_multiplier, rounded up to a multiple of time_resolution; a language without accepted
 * submissions gets the largest limit of the others.
 */
final class KattisLimits {

    private KattisLimits() {
    }

    static Map<Language, Integer> of(List<ShippedSolutions.Judged> accepted, double multiplier, double resolutionSeconds) {
        Map<Language, Integer> limits = new EnumMap<>(Language.class);
        int step = (int) Math.round(resolutionSeconds * 1000);
        for (Language language : Language.values()) {
            accepted.stream()
                    .filter(j -> j.language() == language && j.slowestMs() != null)
                    .mapToInt(ShippedSolutions.Judged::slowestMs).max()
                    .ifPresent(slowest -> limits.put(language, roundUp((int) Math.ceil(Math.max(slowest, 1) * multiplier), step)));
        }
        int largest = limits.values().stream().mapToInt(Integer::intValue).max().orElse(step);
        for (Language language : Language.values()) limits.putIfAbsent(language, largest);
        return limits;
    }

    static int roundUp(int ms, int step) {
        return Math.max(step, (ms + step - 1) / step * step);
    }
}
