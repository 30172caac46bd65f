package dev.arbiter.sources;

import dev.arbiter.common.RoleConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Syncs every Git source on a schedule (arbiter.sources.sync-every, default 5 minutes) on API nodes. */
@ApplicationScoped
public class SyncScheduler {

    private final SourcesConfig config;
    private final SyncRunner runner;
    private final RoleConfig role;

    public SyncScheduler(SourcesConfig config, SyncRunner runner, RoleConfig role) {
        this.config = config;
        this.runner = runner;
        this.role = role;
    }

    @Scheduled(every = "${arbiter.sources.sync-every:5m}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void syncAll() {
        if (!role.servesApi()) return;
        config.names().forEach(runner::request);
    }
}
