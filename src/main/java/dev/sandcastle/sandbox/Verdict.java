package dev.sandcastle.sandbox;

/** Outcome of running or grading a solution, with the wording a player sees. */
public enum Verdict {
    ACCEPTED("All tests passed."),
    WRONG_ANSWER("The result is not the expected one."),
    RUNTIME_ERROR("The program raised an exception."),
    TIME_LIMIT_EXCEEDED("The program ran out of time."),
    MEMORY_LIMIT_EXCEEDED("The program used too much memory."),
    OUTPUT_LIMIT_EXCEEDED("The program printed too much."),
    POLICY_VIOLATION("The program used something this mission does not allow."),
    SYNTAX_ERROR("The program is not valid Python."),
    INTERNAL_ERROR("The grader failed; this is not your fault.");

    private final String wording;

    Verdict(String wording) {
        this.wording = wording;
    }

    public String wording() {
        return wording;
    }

    public boolean accepted() {
        return this == ACCEPTED;
    }
}
