package dev.arbiter.problem;

import dev.arbiter.lang.Language;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A problem of the catalog at its current version. */
@Entity
public class Problem extends PanacheEntity {

    public String slug;
    public String version;
    public String title;
    public String difficulty;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public dev.arbiter.lang.Mode mode;
    @Column(name = "statement_md")
    public String statementMarkdown;
    @Column(name = "spec_json")
    public String specJson;
    @Column(name = "checker_json")
    public String checkerJson;
    @Column(name = "checker_program")
    public String checkerProgram;
    /** Comma-separated generator sizes for performance scoring; null when the problem is not scored. */
    @Column(name = "perf_sizes")
    public String perfSizes;
    @Column(name = "generator_source")
    public String generatorSource;
    /** The reference's growth class as the problem's authors declare it ("O(n)"); null when not declared. */
    @Column(name = "perf_complexity")
    public String perfComplexity;
    /** The time limit of each language, in ms. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "problem_time_limit", joinColumns = @JoinColumn(name = "problem_id"))
    @MapKeyColumn(name = "language")
    @Convert(attributeName = "key", converter = dev.arbiter.lang.LanguageConverter.class)
    @Column(name = "time_limit_ms")
    public Map<Language, Integer> timeLimits = new java.util.EnumMap<>(Language.class);
    @Column(name = "memory_mb")
    public int memoryMb;
    @Column(name = "loaded_at")
    public Instant loadedAt;
    /** The published version served now; null until the first version is published. */
    @Column(name = "current_version_id")
    public Long currentVersionId;
    /** The source that owns the slug ("local" or a Git source's name). */
    public String source;
    /** Hidden problems (deleted from their source, or never published) are not listed; submissions keep them. */
    public boolean hidden;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "problem_tag", joinColumns = @JoinColumn(name = "problem_id"))
    @Column(name = "tag")
    public Set<String> tags = new TreeSet<>();

    /** The problem with the slug, hidden or not (the catalog's reads use {@link #findVisible}). */
    public static Optional<Problem> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static Optional<Problem> findVisible(String slug) {
        return find("slug = ?1 and hidden = false", slug).firstResultOptional();
    }

    /**
     * One page of visible problems matching optional difficulty, tag, slug (a problem set's) and free-text filters,
     * ordered by id; {@code slugs} null means any.
     */
    public static List<Problem> search(String difficulty, String tag, java.util.Collection<String> slugs, String text,
                                       int page, int size) {
        return query(difficulty, tag, slugs, text).page(Page.of(page, size)).list();
    }

    public static long countMatching(String difficulty, String tag, java.util.Collection<String> slugs, String text) {
        return query(difficulty, tag, slugs, text).count();
    }

    private static io.quarkus.hibernate.orm.panache.PanacheQuery<Problem> query(String difficulty, String tag,
                                                                                java.util.Collection<String> slugs,
                                                                                String text) {
        StringBuilder where = new StringBuilder("hidden = false");
        Map<String, Object> params = new HashMap<>();
        if (slugs != null) {
            where.append(" and slug in :slugs");
            params.put("slugs", slugs);
        }
        if (difficulty != null && !difficulty.isBlank()) {
            where.append(" and difficulty = :difficulty");
            params.put("difficulty", difficulty.toLowerCase());
        }
        if (tag != null && !tag.isBlank()) {
            where.append(" and :tag member of tags");
            params.put("tag", tag.toLowerCase());
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(title) like :text or lower(slug) like :text)");
            params.put("text", "%" + text.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return find(where.toString(), Sort.by("id"), params);
    }

    /** Takes the version's fields: what the catalog shows from now on. */
    void serve(ProblemVersion v) {
        this.version = v.version;
        this.title = v.title;
        this.difficulty = v.difficulty;
        this.mode = v.mode;
        this.statementMarkdown = v.statementMarkdown;
        this.specJson = v.specJson;
        this.checkerJson = v.checkerJson;
        this.checkerProgram = v.checkerProgram;
        this.generatorSource = v.generatorSource;
        this.perfSizes = v.perfSizes;
        this.perfComplexity = v.perfComplexity;
        this.timeLimits.clear();
        this.timeLimits.putAll(v.timeLimits);
        this.memoryMb = v.memoryMb;
        this.loadedAt = Instant.now();
        this.tags = new TreeSet<>(v.tags == null || v.tags.isBlank() ? List.of() : java.util.Arrays.asList(v.tags.split(",")));
    }

    public int timeLimitMs(Language language) {
        return timeLimits.get(language);
    }

    /** The performance sizes as a list; empty when the problem is not scored. */
    public List<Integer> perfSizeList() {
        return perfSizes == null ? List.of() : parseSizes(perfSizes);
    }

    public static List<Integer> parseSizes(String csv) {
        return java.util.Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
