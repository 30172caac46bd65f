package dev.arbiter.problemset;

import dev.arbiter.problem.SetMembers;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Answers the catalog's set filter from the stored problem sets. */
@ApplicationScoped
public class SetMembership implements SetMembers {

    @Override
    public List<String> slugs(String set) {
        return ProblemSet.findByName(set).map(s -> s.items.stream().map(i -> i.slug).toList()).orElse(List.of());
    }
}
