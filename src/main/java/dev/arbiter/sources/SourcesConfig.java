package dev.arbiter.sources;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Problem sources besides the local folder (arbiter.catalog.dir): Git repositories, each under a name
 * ({@code arbiter.sources.git.<name>.url=...}), synced on a schedule, on demand and by webhook (docs/GIT_SOURCES.md).
 */
@ConfigMapping(prefix = "arbiter.sources")
public interface SourcesConfig {

    Map<String, Repo> git();

    /** How often every Git source is fetched ("off" disables the schedule; webhooks and the admin API still sync). */
    @WithDefault("5m")
    String syncEvery();

    /** Where clones are kept. */
    @WithDefault("${arbiter.data-dir:data}/sources")
    String dir();

    /** How long validating one package's shipped solutions in the sandbox may take. */
    @WithDefault("30m")
    Duration validateTimeout();

    /** A node's claim on a source while it syncs it, renewed after each package: longer than validate-timeout. */
    @WithDefault("45m")
    Duration lease();

    interface Repo {

        /** file://, https:// (token from the environment) or ssh:// (key file). */
        String url();

        @WithDefault("main")
        String branch();

        /** The folder of the repository that holds the packages and sets/ (default: its root). */
        Optional<String> subfolder();

        /** The name of the environment variable holding an https token (never the token itself). */
        Optional<String> tokenEnv();

        /** The user name sent with the token (GitHub: x-access-token; GitLab: oauth2). */
        @WithDefault("x-access-token")
        String tokenUser();

        /** ssh:// only: the private key file. */
        Optional<String> sshKeyFile();

        /** ssh:// only: the known_hosts file that lists the server (default: ~/.ssh/known_hosts). */
        Optional<String> knownHostsFile();

        /** The webhook's shared secret (GitHub: HMAC-SHA256 key; GitLab: the token); no secret, no webhook. */
        Optional<String> webhookSecret();
    }

    /** The configured sources' names, in a stable order. */
    default java.util.List<String> names() {
        return git().keySet().stream().sorted().toList();
    }
}
