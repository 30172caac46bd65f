package dev.arbiter.problemset;

import java.util.List;

/** What the problem-set API returns. */
public final class SetDtos {

    private SetDtos() {
    }

    public record Summary(String name, String title, String description, String source, int problems) {
    }

    /** A problem of a set; available is false when the catalog does not (or no longer) serve it. */
    public record Item(String slug, String title, String difficulty, Integer minutes, boolean available) {
    }

    public record Detail(String name, String title, String description, String source, List<Item> items) {
    }
}
