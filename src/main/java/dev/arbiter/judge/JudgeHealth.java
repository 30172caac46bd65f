package dev.arbiter.judge;

import com.github.dockerjava.api.DockerClient;
import dev.arbiter.common.RoleConfig;
import dev.arbiter.sandbox.SandboxConfig;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * {@code /q/health/group/judge}: can this node judge now? DOWN, with the engine's error, while the Docker engine does
 * not answer (stopped, restarting, its socket unreachable): submissions then wait and are tried again
 * (JudgeWorkers), and an operator or an orchestrator sees why. UP on a node that does not judge. Kept out of
 * {@code /q/health/ready} on purpose, so that the API of the same process stays in its load balancer meanwhile.
 */
@HealthGroup("judge")
@ApplicationScoped
public class JudgeHealth implements HealthCheck {

    private final DockerClient docker;
    private final SandboxConfig sandbox;
    private final JudgeConfig config;
    private final RoleConfig role;
    private final JudgeQueue queue;

    public JudgeHealth(DockerClient docker, SandboxConfig sandbox, JudgeConfig config, RoleConfig role,
                       JudgeQueue queue) {
        this.docker = docker;
        this.sandbox = sandbox;
        this.config = config;
        this.role = role;
        this.queue = queue;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder judge = HealthCheckResponse.named("judge");
        if (!role.judges() || config.workers() == 0) return judge.up().withData("judges", false).build();
        judge.withData("judges", true).withData("workers", config.workers())
                .withData("docker-host", sandbox.dockerHost());
        try {
            judge.withData("waiting", queue.waiting());
        } catch (RuntimeException e) {
            judge.withData("waiting", "unknown: the database did not answer");
        }
        try {
            return judge.up().withData("engine", docker.versionCmd().exec().getVersion()).build();
        } catch (RuntimeException e) {
            return judge.down().withData("engine", "unreachable: " + e.getMessage()).build();
        }
    }
}
