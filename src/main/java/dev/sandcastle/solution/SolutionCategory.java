package dev.sandcastle.solution;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The shelf a shared solution is published on; a player has at most one per shelf and mission. */
public enum SolutionCategory {
    CLEAR, CREATIVE, SPEEDY, UNCATEGORIZED;

    /** The lower-case name used in JSON and query parameters. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SolutionCategory> parse(String value) {
        return value == null ? Optional.empty() : Arrays.stream(values())
                .filter(c -> c.wire().equals(value.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String choices() {
        return "clear, creative, speedy or uncategorized";
    }
}
