package dev.arbiter.problemset;

import dev.arbiter.common.RoleConfig;
import dev.arbiter.problem.CatalogConfig;
import dev.arbiter.problem.CatalogLoader;
import dev.arbiter.problem.PackageError;
import dev.arbiter.problem.Provenance;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads the local catalog's sets/ at start-up, after its packages; broken set files are logged, never fatal. */
@ApplicationScoped
public class LocalSets {

    private static final Logger LOG = Logger.getLogger(LocalSets.class);

    private final CatalogConfig config;
    private final RoleConfig role;
    private final SetService sets;

    public LocalSets(CatalogConfig config, RoleConfig role, SetService sets) {
        this.config = config;
        this.role = role;
        this.sets = sets;
    }

    void onStart(@Observes @Priority(11) StartupEvent event) {
        if (config.loadAtStart() && role.servesApi()) load(Path.of(config.dir()));
    }

    /** Replaces the local source's sets with the catalog's sets/ folder; returns the errors. */
    public List<PackageError> load(Path catalog) {
        SetFile.Result read = SetFile.readAll(catalog.resolve(CatalogLoader.SETS_DIR));
        List<PackageError> errors = new ArrayList<>(read.errors());
        errors.addAll(sets.replace(Provenance.LOCAL, read.sets()));
        errors.forEach(e -> LOG.warnf("%s/%s", catalog, e));
        return errors;
    }
}
