package dev.arbiter.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/** Removes orphaned sandbox containers: too old, or left behind by a judge process that died on this host. */
@ApplicationScoped
public class Reaper {

    private static final Logger LOG = Logger.getLogger(Reaper.class);

    private final DockerClient docker;
    private final SandboxConfig config;

    public Reaper(DockerClient docker, SandboxConfig config) {
        this.docker = docker;
        this.config = config;
    }

    @Scheduled(every = "30s", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        try {
            reap();
        } catch (RuntimeException e) {
            LOG.debugf("Reaper skipped: %s", e.getMessage());
        }
    }

    /** Removes orphans now; returns how many containers were removed. */
    public int reap() {
        List<Container> containers = docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(List.of(Sandbox.LABEL)).exec();
        long now = Instant.now().getEpochSecond();
        int removed = 0;
        for (Container c : containers) {
            String node = c.getLabels().get(Sandbox.NODE_LABEL);
            long created = parse(c.getLabels().get(Sandbox.CREATED_LABEL), c.getCreated());
            boolean tooOld = now - created > config.maxContainerAgeSeconds();
            if (tooOld || NodeId.isDeadLocalNode(node)) {
                try {
                    docker.removeContainerCmd(c.getId()).withForce(true).exec();
                    removed++;
                } catch (RuntimeException e) {
                    LOG.debugf("Could not remove %s: %s", c.getId(), e.getMessage());
                }
            }
        }
        if (removed > 0) LOG.infof("Reaper removed %d orphaned sandbox containers", removed);
        return removed;
    }

    private static long parse(String value, Long fallback) {
        try {
            return Long.parseLong(value);
        } catch (RuntimeException e) {
            return fallback == null ? 0 : fallback;
        }
    }
}
