package dev.sandcastle.mission;

import java.util.List;

/** A mission package that cannot be loaded, with every problem found (not just the first). */
public class InvalidMissionPackageException extends Exception {

    private final String slug;
    private final List<String> problems;

    public InvalidMissionPackageException(String slug, List<String> problems) {
        super("mission package '" + slug + "' is invalid:\n  - " + String.join("\n  - ", problems));
        this.slug = slug;
        this.problems = List.copyOf(problems);
    }

    public String slug() {
        return slug;
    }

    public List<String> problems() {
        return problems;
    }
}
