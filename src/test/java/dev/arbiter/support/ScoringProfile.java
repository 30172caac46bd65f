package dev.arbiter.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The test application with performance scoring of accepted submissions switched on (off in other tests), with two
 * forks per score at most (a score's time of 0 s: ForkBudget) instead of five within 15 s, so that no test's forks depend
 * on the machine's speed: the tests check what a score says, bench/score_repro.py how steady it is.
 * The score worker polls its queue every ten minutes instead of every second, so every score in these tests starts
 * because its verdict woke the worker (ScoreQueued): without that wake-up none would finish within its test.
 */
public class ScoringProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("arbiter.score.accepted", "true", "arbiter.score.forks", "3", "arbiter.score.seconds", "0",
                "arbiter.score.poll-millis", "600000");
    }
}
