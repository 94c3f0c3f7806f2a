package dev.sandcastle.submission;

/** Run grades the public examples and shows everything about them; Check grades every test. */
public enum SubmissionMode {
    RUN, CHECK
}
