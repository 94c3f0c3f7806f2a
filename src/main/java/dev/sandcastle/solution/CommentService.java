package dev.sandcastle.solution;

import dev.sandcastle.player.Player;
import dev.sandcastle.player.Role;
import dev.sandcastle.web.Page;
import dev.sandcastle.web.PageRequest;
import dev.sandcastle.web.Problem;
import dev.sandcastle.web.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** Comments on shared solutions: plain text, length- and rate-limited, edited and deleted by their author. */
@ApplicationScoped
public class CommentService {

    @Inject
    SolutionAccess access;

    @Inject
    CommentLimiter limiter;

    @Inject
    SolutionConfig config;

    @Transactional
    public SolutionViews.Comment post(Player player, long solutionId, SolutionViews.CommentRequest request) {
        String text = validText(request);
        SharedSolution solution = access.visible(player, solutionId, false);
        limiter.admit(player.id);
        SolutionComment comment = new SolutionComment();
        comment.solution = solution;
        comment.player = player;
        comment.text = text;
        comment.createdAt = Instant.now();
        comment.persist();
        return SolutionViews.Comment.of(comment);
    }

    @Transactional
    public Page<SolutionViews.Comment> list(Player player, long solutionId, PageRequest page) {
        SharedSolution solution = access.visible(player, solutionId, false);
        PanacheQuery<SolutionComment> query = SolutionComment.ofSolution(solution, player.roles.contains(Role.ADMIN));
        long total = query.count();
        List<SolutionViews.Comment> items = query.range(page.offset(), page.offset() + page.size() - 1).list().stream()
                .map(SolutionViews.Comment::of).toList();
        return Page.of(items, page, total);
    }

    @Transactional
    public SolutionViews.Comment edit(Player player, long commentId, SolutionViews.CommentRequest request) {
        String text = validText(request);
        SolutionComment comment = own(player, commentId);
        comment.text = text;
        comment.editedAt = Instant.now();
        return SolutionViews.Comment.of(comment);
    }

    @Transactional
    public void delete(Player player, long commentId) {
        own(player, commentId).delete();
    }

    @Transactional
    public SolutionViews.Comment setHidden(long commentId, SolutionViews.HiddenRequest request) {
        if (request == null || request.hidden() == null) {
            throw ProblemException.unprocessable("The request is well-formed but not valid.",
                    List.of(new Problem.FieldError("hidden", "true or false is required")));
        }
        SolutionComment comment = SolutionComment.<SolutionComment>findByIdOptional(commentId)
                .orElseThrow(() -> ProblemException.notFound("There is no comment " + commentId + "."));
        comment.hidden = request.hidden();
        return SolutionViews.Comment.of(comment);
    }

    /** The caller's own comment: 404 if it does not exist or is hidden, 403 if someone else wrote it. */
    private SolutionComment own(Player player, long commentId) {
        SolutionComment comment = SolutionComment.<SolutionComment>findByIdOptional(commentId)
                .filter(c -> !c.hidden || player.roles.contains(Role.ADMIN))
                .orElseThrow(() -> ProblemException.notFound("There is no comment " + commentId + "."));
        if (!comment.player.id.equals(player.id)) {
            throw new ProblemException(403, "Only its author edits or deletes a comment.");
        }
        return comment;
    }

    private String validText(SolutionViews.CommentRequest request) {
        String text = request == null || request.text() == null ? "" : request.text().strip();
        int max = config.comments().maxChars();
        String problem = text.isEmpty() ? "a comment needs some text"
                : text.codePointCount(0, text.length()) > max ? "at most " + max + " characters" : null;
        if (problem != null) {
            throw ProblemException.unprocessable("The request is well-formed but not valid.",
                    List.of(new Problem.FieldError("text", problem)));
        }
        return text;
    }
}
