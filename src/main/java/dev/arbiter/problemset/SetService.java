package dev.arbiter.problemset;

import dev.arbiter.common.ApiException;
import dev.arbiter.problem.PackageError;
import dev.arbiter.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import dev.arbiter.db.CatalogLock;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a source's problem sets (replacing its earlier ones) and reads them for the API. */
@ApplicationScoped
@Transactional
public class SetService {

    /**
     * Makes the source's sets exactly these; a set name another source already uses is refused (reported, not
     * stored). Returns the refusals.
     */
    public List<PackageError> replace(String source, List<SetFile.Definition> sets) {
        CatalogLock.hold(ProblemSet.getEntityManager()); // nodes starting together write the same sets
        List<PackageError> refused = new ArrayList<>();
        Set<String> names = sets.stream().map(SetFile.Definition::name).collect(Collectors.toSet());
        ProblemSet.ofSource(source).stream().filter(s -> !names.contains(s.name)).forEach(ProblemSet::delete);
        for (SetFile.Definition d : sets) {
            ProblemSet set = ProblemSet.findByName(d.name()).orElse(null);
            if (set != null && !set.source.equals(source)) {
                refused.add(new PackageError("sets/" + d.name() + ".yaml", 0, "the set name '" + d.name()
                        + "' belongs to the source '" + set.source + "'"));
                continue;
            }
            if (set == null) {
                set = new ProblemSet();
                set.name = d.name();
                set.source = source;
            }
            set.title = d.title();
            set.description = d.description();
            set.items.clear();
            set.items.addAll(d.items());
            set.loadedAt = Instant.now();
            set.persist();
        }
        return refused;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SetDtos.Summary> list() {
        return ProblemSet.all().stream().map(s -> new SetDtos.Summary(s.name, s.title, s.description, s.source,
                (int) s.items.stream().filter(i -> Problem.findVisible(i.slug).isPresent()).count())).toList();
    }

    /** The set with its problems in order; problems not (or no longer) in the catalog are marked unavailable. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SetDtos.Detail detail(String name) {
        ProblemSet set = ProblemSet.findByName(name).orElseThrow(() -> ApiException.notFound("No problem set '" + name + "'"));
        List<SetDtos.Item> items = set.items.stream().map(i -> Problem.findVisible(i.slug)
                .map(p -> new SetDtos.Item(i.slug, p.title, p.difficulty, i.minutes, true))
                .orElse(new SetDtos.Item(i.slug, null, null, i.minutes, false))).toList();
        return new SetDtos.Detail(set.name, set.title, set.description, set.source, items);
    }
}
