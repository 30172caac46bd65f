package dev.arbiter.problem;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Loads problems/ into the database at start-up; broken packages are reported and skipped, never fatal. */
@ApplicationScoped
public class CatalogLoader {

    private static final Logger LOG = Logger.getLogger(CatalogLoader.class);
    /** The folder of a catalog (or source) that holds problem sets. */
    public static final String SETS_DIR = "sets";
    static final String LINKED = "a symbolic link: packages are read from the catalog's own folders, never through a link "
            + "(it could lead anywhere on this machine); copy the package in instead";

    /**
     * What the last load did: problems loaded or unchanged, the errors of each broken package, and the candidate
     * versions of packages whose time limits come from calibration (Kattis), published once calibrated.
     */
    public record Report(List<String> loaded, List<String> unchanged, Map<String, List<PackageError>> broken,
                         Map<String, Long> staged) {

        /** Every package folder the load found: loaded, unchanged, broken or staged (Kattis). */
        public int packages() {
            return loaded.size() + unchanged.size() + broken.size() + staged.size();
        }
    }

    private final CatalogConfig config;
    private final CatalogService catalog;
    private final dev.arbiter.common.RoleConfig role;
    private volatile Report lastReport = new Report(List.of(), List.of(), Map.of(), Map.of());

    public CatalogLoader(CatalogConfig config, CatalogService catalog, dev.arbiter.common.RoleConfig role) {
        this.config = config;
        this.catalog = catalog;
        this.role = role;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (config.loadAtStart() && role.servesApi()) {
            load(Path.of(config.dir()));
        }
    }

    public Report load(Path root) {
        List<String> loaded = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Map<String, List<PackageError>> broken = new LinkedHashMap<>();
        Map<String, Long> staged = new LinkedHashMap<>();
        for (Path dir : packageDirs(root)) {
            String slug = dir.getFileName().toString();
            if (Files.isSymbolicLink(dir)) {
                broken.put(slug, List.of(new PackageError(slug, 0, LINKED)));
                LOG.warnf("%s: %s", dir, LINKED);
                continue;
            }
            try {
                ProblemPackageReader.Result result = ProblemPackageReader.read(dir);
                if (!result.ok()) {
                    broken.put(slug, result.errors());
                    result.errors().forEach(e -> LOG.warnf("%s/%s", dir, e));
                } else if (result.pkg().calibrated() != null) {
                    CatalogService.Staged s = catalog.stage(result.pkg(), Provenance.local());
                    if (s.clash() != null) {
                        broken.put(slug, List.of(new PackageError("problem.yaml", 0, s.clash())));
                    } else if (s.current()) {
                        unchanged.add(slug);
                    } else {
                        staged.put(slug, s.versionId());
                    }
                } else if (catalog.upsert(result.pkg())) {
                    loaded.add(slug);
                } else {
                    unchanged.add(slug);
                }
            } catch (RuntimeException e) {
                broken.put(slug, List.of(new PackageError(slug, 0, "could not be loaded: " + e.getMessage())));
                LOG.errorf(e, "problems/%s could not be loaded", slug);
            }
        }
        LOG.infof("Catalog %s: %d loaded, %d unchanged, %d broken, %d to calibrate", root.toAbsolutePath(),
                loaded.size(), unchanged.size(), broken.size(), staged.size());
        lastReport = new Report(loaded, unchanged, broken, staged);
        return lastReport;
    }

    public Report lastReport() {
        return lastReport;
    }

    /**
     * The package folders of a catalog: every folder but hidden ones and sets/ (problem sets, not a package). Links to
     * folders are listed too, for {@link #load} to refuse by name: skipped in silence, a linked package was neither
     * served nor reported, and `validate` passed a catalog of links with "0 problems".
     */
    public static List<Path> packageDirs(Path root) {
        if (!Files.isDirectory(root)) {
            LOG.warnf("No problem catalog at %s", root.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(d) && Files.isDirectory(d))
                    .filter(d -> !d.getFileName().toString().startsWith("."))
                    .filter(d -> !d.getFileName().toString().equals(SETS_DIR))
                    .sorted().toList();
        } catch (IOException e) {
            LOG.errorf(e, "Cannot list %s", root);
            return List.of();
        }
    }
}
