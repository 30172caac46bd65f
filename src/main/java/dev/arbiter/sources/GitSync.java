package dev.arbiter.sources;

import dev.arbiter.common.ApiException;
import dev.arbiter.problem.CatalogLoader;
import dev.arbiter.problem.CatalogService;
import dev.arbiter.problem.PackageError;
import dev.arbiter.problem.ProblemPackageReader;
import dev.arbiter.problem.Provenance;
import dev.arbiter.problemset.SetFile;
import dev.arbiter.problemset.SetService;
import dev.arbiter.sandbox.NodeId;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Syncs one Git source: fetch, then only the packages changed since the last synced commit are read, validated in
 * the sandbox and published as new versions; a package that fails keeps its last good version and the failure is
 * recorded per commit with file, line and reason. A source's lease keeps two nodes from syncing it at once.
 */
@ApplicationScoped
public class GitSync {

    private static final Logger LOG = Logger.getLogger(GitSync.class);

    /** SYNCED: the branch moved and was applied; UP_TO_DATE: nothing new; BUSY: another node holds the source's lease. */
    public enum State { SYNCED, UP_TO_DATE, BUSY }

    /** What a sync did. */
    public record Outcome(String source, State state, Long syncId, String commit, List<String> published,
                          List<String> hidden, Map<String, List<PackageError>> refused) {
    }

    private final SourcesConfig config;
    private final SourceStore store;
    private final CatalogService catalog;
    private final PackageVerifier verifier;
    private final SetService sets;

    public GitSync(SourcesConfig config, SourceStore store, CatalogService catalog, PackageVerifier verifier, SetService sets) {
        this.config = config;
        this.store = store;
        this.catalog = catalog;
        this.verifier = verifier;
        this.sets = sets;
    }

    public Outcome sync(String name) {
        SourcesConfig.Repo repo = config.git().get(name);
        if (repo == null) throw ApiException.notFound("No problem source '" + name + "'");
        String owner = NodeId.get() + "/" + Thread.currentThread().getName();
        if (!store.claim(name, owner, config.lease())) {
            return new Outcome(name, State.BUSY, null, null, List.of(), List.of(), Map.of());
        }
        String synced = null;
        Long syncId = null;
        try (GitRepository git = GitRepository.fetch(Path.of(config.dir()).resolve(name + ".git"), repo)) {
            GitRepository.Head head = git.head();
            String from = store.lastCommit(name);
            if (head.sha().equals(from)) return new Outcome(name, State.UP_TO_DATE, null, from, List.of(), List.of(), Map.of());
            syncId = store.start(name, from, head.sha());
            Outcome outcome = apply(name, git, from, head, syncId, owner);
            synced = head.sha();
            String message = outcome.published().size() + " published, " + outcome.hidden().size() + " hidden, "
                    + outcome.refused().size() + " refused";
            store.finish(syncId, outcome.refused().isEmpty() ? SourceSync.State.DONE
                    : SourceSync.State.FAILED, outcome.published(), message);
            LOG.infof("Source %s synced to %s: %s", name, head.sha(), message);
            return outcome;
        } catch (Exception e) {
            LOG.errorf(e, "Source %s could not be synced", name);
            if (syncId != null) {
                store.finish(syncId, SourceSync.State.FAILED, List.of(), "the sync failed: " + e.getMessage());
            }
            throw new ApiException(502, "Source '" + name + "' could not be synced: " + e.getMessage());
        } finally {
            store.release(name, owner, synced);
        }
    }

    private Outcome apply(String name, GitRepository git, String from, GitRepository.Head head, long syncId, String owner)
            throws Exception {
        Set<String> changed = git.changed(from, head.sha());
        Set<String> files = git.files(head.sha());
        Set<String> present = new TreeSet<>();
        files.stream().filter(f -> f.matches("[^/]+/problem\\.yaml")).forEach(f -> present.add(f.substring(0, f.indexOf('/'))));
        Set<String> touched = new TreeSet<>();
        if (changed == null) {
            // first sync, or the last synced commit is gone (force-push): every package, and every one that vanished
            touched.addAll(present);
            touched.addAll(catalog.servedBy(name));
        } else {
            changed.stream().filter(p -> p.contains("/")).map(p -> p.substring(0, p.indexOf('/'))).forEach(touched::add);
        }
        touched.remove(CatalogLoader.SETS_DIR);
        boolean setsChanged = changed == null || changed.stream().anyMatch(p -> p.startsWith(CatalogLoader.SETS_DIR + "/"));
        List<String> published = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        Map<String, List<PackageError>> refused = new LinkedHashMap<>();
        Path work = Files.createTempDirectory("arbiter-sync-" + name);
        try {
            for (String slug : touched) {
                if (!store.renew(name, owner, config.lease())) throw new IllegalStateException("lost the sync lease");
                if (!present.contains(slug)) {
                    if (catalog.hide(slug, name)) hidden.add(slug);
                    continue;
                }
                List<PackageError> linked = git.export(head.sha(), slug, work);
                GitRepository.Head last = git.lastChange(head.sha(), slug);
                List<PackageError> errors = linked.isEmpty() ? syncPackage(name, work.resolve(slug), last, published) : linked;
                if (!errors.isEmpty()) {
                    refused.put(slug, errors);
                    store.fail(syncId, slug, last.sha(), errors);
                    errors.forEach(e -> LOG.warnf("Source %s, commit %s: %s/%s", name, last.sha(), slug, e));
                }
            }
            if (setsChanged) {
                List<PackageError> errors = new ArrayList<>(git.export(head.sha(), CatalogLoader.SETS_DIR, work));
                SetFile.Result read = SetFile.readAll(work.resolve(CatalogLoader.SETS_DIR));
                errors.addAll(read.errors());
                errors.addAll(sets.replace(name, read.sets()));
                if (!errors.isEmpty()) {
                    refused.put(CatalogLoader.SETS_DIR, errors);
                    store.fail(syncId, CatalogLoader.SETS_DIR, head.sha(), errors);
                }
            }
        } finally {
            deleteTree(work);
        }
        return new Outcome(name, State.SYNCED, syncId, head.sha(), published, hidden, refused);
    }

    /** Reads, stages, validates and publishes one package; returns why it was refused (empty when published). */
    private List<PackageError> syncPackage(String name, Path dir, GitRepository.Head last, List<String> published) {
        ProblemPackageReader.Result read = ProblemPackageReader.read(dir);
        if (!read.ok()) return read.errors();
        String slug = read.pkg().slug();
        CatalogService.Staged staged = catalog.stage(read.pkg(), new Provenance(name, last.sha(), last.author(), last.date()));
        if (staged.clash() != null) return List.of(new PackageError("problem.yaml", 0, staged.clash()));
        if (staged.current()) return List.of();
        if (staged.validated()) {
            if (catalog.publish(staged.versionId())) published.add(slug);
            return List.of();
        }
        PackageVerifier.Verification v = verifier.verify(staged.versionId(), config.validateTimeout());
        if (!v.ok()) {
            catalog.refuse(staged.versionId(), String.join("\n", v.failures().stream().map(PackageError::toString).toList()));
            return v.failures();
        }
        if (catalog.publish(staged.versionId())) published.add(slug);
        return List.of();
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            LOG.debugf("could not remove %s", dir);
        }
    }
}
