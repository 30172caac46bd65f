package dev.arbiter.problem;

import java.util.List;

/**
 * The problems of a named set, for the catalog's set filter. Problem sets are a feature above the catalog, which
 * provides this; the catalog only asks, so it never reaches up into their tables.
 */
public interface SetMembers {

    /** The set's problem slugs; empty when there is no such set. */
    List<String> slugs(String set);
}
