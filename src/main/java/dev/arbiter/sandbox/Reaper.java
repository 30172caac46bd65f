package dev.arbiter.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import dev.arbiter.common.RoleConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Removes orphaned sandbox containers: too old, or left behind by a judge process that died on this engine (a
 * process on this host, or a worker container of this engine that stopped or restarted); and on shutdown, every
 * container of this process.
 */
@ApplicationScoped
public class Reaper {

    private static final Logger LOG = Logger.getLogger(Reaper.class);

    private final DockerClient docker;
    private final SandboxConfig config;
    private final WarmPool pool;
    private final DeadNodes deadNodes;
    private final RoleConfig role;

    public Reaper(DockerClient docker, SandboxConfig config, WarmPool pool, RoleConfig role) {
        this.docker = docker;
        this.config = config;
        this.pool = pool;
        this.role = role;
        this.deadNodes = new DeadNodes(docker);
    }

    @Scheduled(every = "30s", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (!role.judges()) return; // an API node starts no sandboxes and may have no engine at all
        try {
            // the node's own warm containers go first, before the age at which reap() would take them from the pool
            pool.retireStale(Instant.now().getEpochSecond());
            reap();
        } catch (RuntimeException e) {
            LOG.debugf("Reaper skipped: %s", e.getMessage());
        }
    }

    /** After the judge workers stopped (they observe shutdown earlier): nothing of this node stays running. */
    void onStop(@Observes @Priority(5000) ShutdownEvent event) {
        if (!role.judges()) return;
        pool.drain();
        try {
            int removed = remove(sandboxes().stream().filter(c -> NodeId.get().equals(c.getLabels().get(Sandbox.NODE_LABEL))).toList());
            if (removed > 0) LOG.infof("Removed %d sandbox containers of this node on shutdown", removed);
        } catch (RuntimeException e) {
            LOG.warnf("Could not remove this node's sandboxes on shutdown: %s", e.getMessage());
        }
    }

    /** Removes orphans now; returns how many containers were removed. */
    public int reap() {
        long now = Instant.now().getEpochSecond();
        return remove(sandboxes().stream().filter(c -> {
            long created = parse(c.getLabels().get(Sandbox.CREATED_LABEL), c.getCreated());
            return now - created > config.maxContainerAgeSeconds()
                    || deadNodes.isDead(c.getLabels().get(Sandbox.NODE_LABEL), created);
        }).toList());
    }

    private List<Container> sandboxes() {
        return docker.listContainersCmd().withShowAll(true).withLabelFilter(List.of(Sandbox.LABEL)).exec();
    }

    private int remove(List<Container> containers) {
        int removed = 0;
        for (Container c : containers) {
            try {
                docker.removeContainerCmd(c.getId()).withForce(true).exec();
                removed++;
            } catch (RuntimeException e) {
                LOG.debugf("Could not remove %s: %s", c.getId(), e.getMessage());
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
