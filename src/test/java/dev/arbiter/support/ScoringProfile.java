package dev.arbiter.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The test application with performance scoring of accepted submissions switched on (off in other tests). */
public class ScoringProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("arbiter.perf.score-accepted", "true");
    }
}
