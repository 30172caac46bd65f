package dev.arbiter.sources;

import dev.arbiter.problem.CatalogConfig;
import dev.arbiter.problem.CatalogLoader;
import dev.arbiter.problem.Provenance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Read side of the sources: each one's state and recent syncs with their failures. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SourceService {

    private final SourcesConfig config;
    private final SourceStore store;
    private final CatalogConfig catalog;
    private final CatalogLoader loader;

    public SourceService(SourcesConfig config, SourceStore store, CatalogConfig catalog, CatalogLoader loader) {
        this.config = config;
        this.store = store;
        this.catalog = catalog;
        this.loader = loader;
    }

    public List<SourceDtos.Source> list() {
        List<SourceDtos.Source> out = new ArrayList<>();
        out.add(local());
        for (String name : config.names()) out.add(view(name));
        return out;
    }

    public SourceDtos.Source view(String name) {
        if (name.equals(Provenance.LOCAL)) return local();
        SourcesConfig.Repo repo = config.git().get(name);
        if (repo == null) throw dev.arbiter.common.ApiException.notFound("No problem source '" + name + "'");
        List<SourceDtos.Sync> syncs = SourceSync.recent(name, 20).stream().map(s -> new SourceDtos.Sync(s.id, s.fromCommit,
                s.toCommit, s.state, s.published == null || s.published.isBlank() ? List.of()
                : Arrays.asList(s.published.split(",")), s.message, s.startedAt, s.finishedAt,
                SyncFailure.ofSync(s.id).stream().map(SourceDtos.Failure::of).toList())).toList();
        return new SourceDtos.Source(name, SourceDtos.Kind.GIT, withoutCredentials(repo.url()), repo.branch(), repo.subfolder().orElse(null),
                repo.webhookSecret().isPresent(), store.lastCommit(name), store.lastSyncAt(name), syncs);
    }

    /** The local folder, with the last load's broken packages as one pseudo-sync. */
    private SourceDtos.Source local() {
        CatalogLoader.Report report = loader.lastReport();
        List<SourceDtos.Failure> failures = new ArrayList<>();
        report.broken().forEach((slug, errors) -> errors.forEach(e ->
                failures.add(new SourceDtos.Failure(null, slug, e.file(), e.line(), e.reason()))));
        SourceDtos.Sync last = new SourceDtos.Sync(0, null, null, failures.isEmpty() ? SourceSync.State.DONE : SourceSync.State.FAILED, report.loaded(),
                report.loaded().size() + " loaded, " + report.unchanged().size() + " unchanged, " + report.broken().size()
                        + " broken", null, null, failures);
        return new SourceDtos.Source(Provenance.LOCAL, SourceDtos.Kind.FOLDER, catalog.dir(), null, null, false, null, null, List.of(last));
    }

    static String withoutCredentials(String url) {
        return url.replaceFirst("://[^/@]*@", "://");
    }
}
