package dev.arbiter.sources;

import dev.arbiter.problem.CatalogLoader;
import dev.arbiter.problem.CatalogService;
import dev.arbiter.problem.PackageError;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * The local folder's Kattis packages need their time limits calibrated before they are served: after start-up they
 * are validated in the background like a Git source's packages, then published (or refused, and logged).
 */
@ApplicationScoped
public class LocalCandidates {

    private static final Logger LOG = Logger.getLogger(LocalCandidates.class);

    private final CatalogLoader loader;
    private final PackageVerifier verifier;
    private final CatalogService catalog;
    private final SourcesConfig config;

    public LocalCandidates(CatalogLoader loader, PackageVerifier verifier, CatalogService catalog, SourcesConfig config) {
        this.loader = loader;
        this.verifier = verifier;
        this.catalog = catalog;
        this.config = config;
    }

    void onStart(@Observes @Priority(30) StartupEvent event) {
        Map<String, Long> staged = loader.lastReport().staged();
        if (staged.isEmpty()) return;
        Thread t = new Thread(() -> staged.forEach(this::publish), "local-calibration");
        t.setDaemon(true);
        t.start();
    }

    /** Validates and calibrates one staged version, then publishes it; false (and logged) when it fails. */
    public boolean publish(String slug, long versionId) {
        try {
            PackageVerifier.Verification v = verifier.verify(versionId, config.validateTimeout());
            if (!v.ok()) {
                catalog.refuse(versionId, String.join("\n", v.failures().stream().map(PackageError::toString).toList()));
                v.failures().forEach(e -> LOG.warnf("problems/%s/%s", slug, e));
                return false;
            }
            catalog.publish(versionId);
            LOG.infof("problems/%s published: %s", slug, v.summary());
            return true;
        } catch (RuntimeException e) {
            LOG.errorf(e, "problems/%s could not be validated", slug);
            return false;
        }
    }
}
