package dev.arbiter.problemset;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A problem set from a source's sets/NAME.yaml: a title, a description and an ordered list of problem slugs. */
@Entity
@Table(name = "problem_set")
public class ProblemSet extends PanacheEntity {

    public String name;
    public String source;
    public String title;
    public String description;
    @Column(name = "loaded_at")
    public Instant loadedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "problem_set_item", joinColumns = @JoinColumn(name = "set_id"))
    @OrderColumn(name = "ordinal")
    public List<Item> items = new ArrayList<>();

    /** One problem of a set; minutes is the time an interview gives it (optional). */
    @Embeddable
    public static class Item {
        public String slug;
        public Integer minutes;

        public Item() {
        }

        public Item(String slug, Integer minutes) {
            this.slug = slug;
            this.minutes = minutes;
        }
    }

    public static Optional<ProblemSet> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    public static List<ProblemSet> all() {
        return listAll(Sort.by("name"));
    }

    public static List<ProblemSet> ofSource(String source) {
        return list("source", source);
    }
}
