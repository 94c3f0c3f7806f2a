package dev.sandcastle.solution;

import dev.sandcastle.mission.Mission;
import dev.sandcastle.player.Player;
import dev.sandcastle.player.Role;
import dev.sandcastle.progress.IslandGate;
import dev.sandcastle.sandbox.Verdict;
import dev.sandcastle.submission.Submission;
import dev.sandcastle.submission.SubmissionMode;
import dev.sandcastle.submission.SubmissionStatus;
import dev.sandcastle.web.Page;
import dev.sandcastle.web.PageRequest;
import dev.sandcastle.web.Problem;
import dev.sandcastle.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Publishing, listing, unlocking and hiding shared solutions (docs/decisions/0060). */
@ApplicationScoped
public class SolutionService {

    @Inject
    EntityManager em;

    @Inject
    SolutionAccess access;

    @Inject
    SolutionConfig config;

    @Inject
    IslandGate gate;

    /**
     * Publishes one of the player's accepted Checks of the mission. Publishing is serialised per
     * mission (an advisory lock), so two players cannot both publish the same program at once,
     * and one player cannot fill a shelf twice.
     */
    @Transactional
    public SolutionViews.Solution publish(Player player, String slug, SolutionViews.PublishRequest request) {
        Mission mission = mission(slug);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request == null || request.submissionId() == null) {
            errors.add(new Problem.FieldError("submissionId", "the id of one of your accepted Check submissions is required"));
        }
        SolutionCategory category = request == null ? null : SolutionCategory.parse(request.category()).orElse(null);
        if (category == null) {
            errors.add(new Problem.FieldError("category", "must be " + SolutionCategory.choices()));
        }
        String note = request == null || request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (note != null && note.codePointCount(0, note.length()) > config.noteMaxChars()) {
            errors.add(new Problem.FieldError("note", "at most " + config.noteMaxChars() + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The request is well-formed but not valid.", errors);
        }
        Submission submission = Submission.<Submission>findByIdOptional(request.submissionId())
                .orElseThrow(() -> invalidSubmission("there is no submission " + request.submissionId()));
        if (!submission.player.id.equals(player.id)) {
            throw new ProblemException(403, "Submission " + submission.id + " is not yours; you can only publish your own solutions.");
        }
        if (!submission.mission.id.equals(mission.id)) {
            throw invalidSubmission("submission " + submission.id + " is a solution of '" + submission.mission.slug
                    + "', not of '" + slug + "'");
        }
        if (submission.mode != SubmissionMode.CHECK || submission.status != SubmissionStatus.DONE
                || submission.verdict != Verdict.ACCEPTED) {
            throw invalidSubmission("only an accepted Check can be published; submission " + submission.id + " is a "
                    + submission.mode.name().toLowerCase() + " that is "
                    + (submission.status != SubmissionStatus.DONE ? "not graded yet" : submission.verdict));
        }
        SolutionAccess.Standing standing = access.standing(player.id, mission.id);
        if (standing.unlocked() && !standing.solved()) {
            throw new ProblemException(403, "You unlocked the solutions of '" + slug
                    + "' before solving it, so you cannot publish one of your own.");
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('sandcastle.solutions'), ?1)")
                .setParameter(1, (int) (mission.id % Integer.MAX_VALUE)).getSingleResult();
        if (SharedSolution.existsOnShelf(mission, player, category)) {
            throw new ProblemException(409, "You already published a '" + category.wire() + "' solution of '" + slug
                    + "'; choose another category.");
        }
        String fingerprint = Fingerprint.of(submission.code);
        SharedSolution.earliestCopyOf(mission, fingerprint, player).ifPresent(original -> {
            throw new ProblemException(409, "This solution is the same program as solution " + original.id
                    + ", published earlier by another player (only names, comments or formatting differ)."
                    + " Publish a solution of your own.");
        });
        SharedSolution solution = new SharedSolution();
        solution.mission = mission;
        solution.player = player;
        solution.submission = submission;
        solution.category = category;
        solution.note = note;
        solution.codeLength = submission.codeLength;
        solution.statements = submission.statements;
        solution.cpuMs = submission.cpuMs;
        solution.fingerprint = fingerprint;
        solution.publishedAt = Instant.now();
        solution.persist();
        return new SolutionViews.Solution(solution.id, slug, player.name, category, note, submission.code, 0, 0,
                solution.codeLength, solution.statements, solution.cpuMs, 0, false, solution.publishedAt);
    }

    /** A page of the mission's solutions for a player who may read them (403 otherwise). */
    @Transactional
    public Page<SolutionViews.Solution> list(Player player, String slug, SolutionSort sort, String categoryFilter,
            PageRequest page) {
        Mission mission = mission(slug);
        SolutionCategory category = null;
        if (categoryFilter != null && !categoryFilter.isBlank()) {
            category = SolutionCategory.parse(categoryFilter)
                    .orElseThrow(() -> ProblemException.badRequest("category must be " + SolutionCategory.choices() + "."));
        }
        access.requireRead(player, mission);
        boolean admin = player.roles.contains(Role.ADMIN);
        String where = "s.mission_id = :mission" + (admin ? "" : " AND NOT s.hidden")
                + (category == null ? "" : " AND s.category = :category");
        Query count = em.createNativeQuery("SELECT count(*) FROM shared_solutions s WHERE " + where)
                .setParameter("mission", mission.id);
        Query rows = em.createNativeQuery("""
                        SELECT s.id, p.name, s.category, s.note, sub.code, s.votes, coalesce(v.value, 0), s.code_length,
                               s.statements, s.cpu_ms,
                               (SELECT count(*) FROM solution_comments c WHERE c.solution_id = s.id AND NOT c.hidden),
                               s.hidden, s.published_at
                        FROM shared_solutions s
                        JOIN players p ON p.id = s.player_id
                        JOIN submissions sub ON sub.id = s.submission_id
                        LEFT JOIN solution_votes v ON v.solution_id = s.id AND v.player_id = :player
                        WHERE %s
                        ORDER BY %s LIMIT :limit OFFSET :offset""".formatted(where, sort.orderBy))
                .setParameter("mission", mission.id)
                .setParameter("player", player.id)
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset());
        if (category != null) {
            count.setParameter("category", category.name());
            rows.setParameter("category", category.name());
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<SolutionViews.Solution> items = new ArrayList<>();
        for (Object r : rows.getResultList()) {
            Object[] c = (Object[]) r;
            items.add(new SolutionViews.Solution(((Number) c[0]).longValue(), slug, (String) c[1],
                    SolutionCategory.valueOf((String) c[2]), (String) c[3], (String) c[4], ((Number) c[5]).intValue(),
                    ((Number) c[6]).intValue(), ((Number) c[7]).intValue(), longOrNull(c[8]), longOrNull(c[9]),
                    ((Number) c[10]).longValue(), (Boolean) c[11], instant(c[12])));
        }
        return Page.of(items, page, total);
    }

    /**
     * Opens the mission's solutions to a player who gives up: from now on the scoring hand-off
     * gives them nothing for this mission. Taken under the mission_scores row lock that scoring
     * uses, so an unlock and a concurrent accepted Check are applied one after the other.
     */
    @Transactional
    public SolutionViews.Unlocked unlock(Player player, String slug) {
        Mission mission = mission(slug);
        gate.admit(player, mission);
        em.createNativeQuery("INSERT INTO mission_scores (player_id, mission_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, player.id).setParameter(2, mission.id).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("""
                        SELECT points, solved_at IS NOT NULL FROM mission_scores
                        WHERE player_id = ?1 AND mission_id = ?2 FOR UPDATE""")
                .setParameter(1, player.id).setParameter(2, mission.id).getSingleResult();
        int kept = ((Number) row[0]).intValue();
        if ((Boolean) row[1]) {
            return new SolutionViews.Unlocked(slug, false, kept, "You solved '" + slug
                    + "': its solutions are open to you and your " + kept + " points stay.");
        }
        em.createNativeQuery("""
                        UPDATE mission_scores SET solutions_unlocked_at = coalesce(solutions_unlocked_at, now())
                        WHERE player_id = ?1 AND mission_id = ?2""")
                .setParameter(1, player.id).setParameter(2, mission.id).executeUpdate();
        return new SolutionViews.Unlocked(slug, true, kept, "The solutions of '" + slug + "' are open to you. You gave up"
                + " its " + mission.points + " points: a Check you pass from now on scores nothing and does not put you"
                + " on its leaderboards" + (kept > 0 ? "; the " + kept + " points of partial credit you had stay." : "."));
    }

    /** Admins hide a solution from players (or show it again); its votes stay. */
    @Transactional
    public SolutionViews.Solution setHidden(long id, SolutionViews.HiddenRequest request) {
        if (request == null || request.hidden() == null) {
            throw ProblemException.unprocessable("The request is well-formed but not valid.",
                    List.of(new Problem.FieldError("hidden", "true or false is required")));
        }
        SharedSolution solution = SharedSolution.<SharedSolution>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("There is no solution " + id + "."));
        solution.hidden = request.hidden();
        return new SolutionViews.Solution(solution.id, solution.mission.slug, solution.player.name, solution.category,
                solution.note, solution.submission.code, solution.votes, 0, solution.codeLength, solution.statements,
                solution.cpuMs, SolutionComment.ofSolution(solution, false).count(), solution.hidden, solution.publishedAt);
    }

    private static Mission mission(String slug) {
        return Mission.findPublishedBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("There is no mission '" + slug + "'."));
    }

    private static ProblemException invalidSubmission(String message) {
        return ProblemException.unprocessable("This submission cannot be published.",
                List.of(new Problem.FieldError("submissionId", message)));
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
