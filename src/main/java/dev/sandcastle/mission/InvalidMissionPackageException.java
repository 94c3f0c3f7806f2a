package dev.sandcastle.mission;

import java.util.List;

/** A mission package that cannot be loaded, with every problem found (not just the first). */
public class InvalidMissionPackageException extends Exception {

    private final String slug;
    private final List<PackageProblem> problems;

    public InvalidMissionPackageException(String slug, List<PackageProblem> problems) {
        super("mission package '" + slug + "' is invalid:\n  - "
                + String.join("\n  - ", problems.stream().map(PackageProblem::message).toList()));
        this.slug = slug;
        this.problems = List.copyOf(problems);
    }

    public String slug() {
        return slug;
    }

    /** The problems' messages, in the order found. */
    public List<String> problems() {
        return problems.stream().map(PackageProblem::message).toList();
    }

    /** The problems with the field each belongs to. */
    public List<PackageProblem> located() {
        return problems;
    }
}
