package dev.arbiter.sources;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Two Git sources in a temporary folder (bare repositories the tests make), synced only on demand. */
public class GitSourceProfile implements QuarkusTestProfile {

    static final Path ROOT;
    static final String ADMIN_TOKEN = "test-admin-token";
    static final String SECRET = "hook-secret";

    static {
        try {
            ROOT = Files.createTempDirectory("arbiter-git-sources");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "arbiter.sources.git.team.url", ROOT.resolve("team.git").toUri().toString(),
                "arbiter.sources.git.team.webhook-secret", SECRET,
                "arbiter.sources.git.other.url", ROOT.resolve("other.git").toUri().toString(),
                "arbiter.sources.git.other.subfolder", "problems",
                "arbiter.sources.sync-every", "off",
                "arbiter.sources.dir", ROOT.resolve("clones").toString(),
                "arbiter.admin.token", ADMIN_TOKEN);
    }
}
