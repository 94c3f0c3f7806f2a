package dev.sandcastle.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The body of {@code POST /api/missions/{slug}/submissions}. */
public record SubmissionRequest(
        @NotBlank(message = "code is required") String code,
        @NotNull(message = "mode is required")
        @Pattern(regexp = "(?i)run|check", message = "mode must be \"run\" or \"check\"") String mode) {

    public SubmissionMode parsedMode() {
        return SubmissionMode.valueOf(mode.toUpperCase(java.util.Locale.ROOT));
    }
}
