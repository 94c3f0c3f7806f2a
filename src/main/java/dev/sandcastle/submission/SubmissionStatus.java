package dev.sandcastle.submission;

public enum SubmissionStatus {
    QUEUED, RUNNING, DONE
}
