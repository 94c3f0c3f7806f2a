package dev.sandcastle.solution;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of the shared-solutions endpoints. */
public final class SolutionViews {
    private SolutionViews() {
    }

    /** POST /api/missions/{slug}/solutions. */
    public record PublishRequest(Long submissionId, String category, String note) {
    }

    /** PUT /api/solutions/{id}/vote: 1 up, -1 down, 0 takes the vote back. */
    public record VoteRequest(Integer value) {
    }

    /** POST /api/solutions/{id}/comments and PUT /api/comments/{id}. */
    public record CommentRequest(String text) {
    }

    /** PUT /api/solutions/{id}/hidden and PUT /api/comments/{id}/hidden (admins). */
    public record HiddenRequest(Boolean hidden) {
    }

    /**
     * A shared solution. {@code myVote} is the caller's vote (0 for none); {@code comments}
     * counts the visible comments; {@code statements} is null when it was not measured.
     */
    public record Solution(long id, String mission, String author, SolutionCategory category, String note, String code,
            int votes, int myVote, int codeLength, Long statements, Long cpuMs, long comments, boolean hidden,
            Instant publishedAt) {
    }

    /** The answer of an unlock: whether points were given up, and what that means, in words. */
    public record Unlocked(String mission, boolean forfeited, int pointsKept, String message) {
    }

    public record Vote(long solutionId, int votes, int myVote) {
    }

    public record Comment(long id, long solutionId, String author, String text, boolean hidden, Instant createdAt,
            Instant editedAt) {
        static Comment of(SolutionComment c) {
            return new Comment(c.id, c.solution.id, c.player.name, c.text, c.hidden, c.createdAt, c.editedAt);
        }
    }

    /** Identical accepted solutions (same fingerprint) of one mission by different players. */
    public record CopyGroup(String mission, String fingerprint, List<CopyMember> players) {
    }

    /** A player of a copy group, with their first accepted submission of that fingerprint. */
    public record CopyMember(String name, long submissionId, Instant at) {
    }
}
