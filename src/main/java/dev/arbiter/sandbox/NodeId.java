package dev.arbiter.sandbox;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This process's identity on the Docker host ("host/pid"), used in container labels and queue leases. */
public final class NodeId {

    private static final String ID = host() + "/" + ProcessHandle.current().pid();

    private NodeId() {
    }

    public static String get() {
        return ID;
    }

    static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    /** Whether the node that labelled a container is certainly gone (same host, process no longer alive). */
    static boolean isDeadLocalNode(String node) {
        if (node == null || !node.startsWith(host() + "/")) return false;
        try {
            long pid = Long.parseLong(node.substring(node.indexOf('/') + 1));
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
