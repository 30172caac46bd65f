package dev.arbiter.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;

import java.time.Instant;

/**
 * Whether the judge process that labelled a sandbox is certainly gone. A node is "host/pid": on this host the
 * process table answers; a worker running in a container of this engine has that container's id as its host name,
 * and is gone when the container stopped, or restarted after the sandbox was made (a new process, same name).
 * Any other node may be alive elsewhere, and only the age limit removes its sandboxes.
 */
final class DeadNodes {

    private final DockerClient docker;

    DeadNodes(DockerClient docker) {
        this.docker = docker;
    }

    boolean isDead(String node, long sandboxCreatedEpochSecond) {
        if (node == null || node.indexOf('/') < 0) return false;
        if (NodeId.isDeadLocalNode(node)) return true;
        String host = node.substring(0, node.indexOf('/'));
        if (!host.matches("[0-9a-f]{12}") || host.equals(NodeId.host())) return false;
        InspectContainerResponse worker;
        try {
            worker = docker.inspectContainerCmd(host).exec();
        } catch (RuntimeException e) {
            return false; // no such container here: a node elsewhere
        }
        if (worker.getId() == null || !worker.getId().startsWith(host)) return false;
        if (!Boolean.TRUE.equals(worker.getState().getRunning())) return true;
        String started = worker.getState().getStartedAt();
        return started != null && Instant.parse(started).getEpochSecond() > sandboxCreatedEpochSecond;
    }
}
