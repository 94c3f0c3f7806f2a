package dev.sandcastle.solution;

import dev.sandcastle.player.Player;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A text comment on a shared solution: plain text, shown as text, editable and deletable by its author. */
@Entity
@Table(name = "solution_comments")
public class SolutionComment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "solution_id")
    public SharedSolution solution;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "player_id")
    public Player player;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(nullable = false)
    public boolean hidden;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "edited_at")
    public Instant editedAt;

    /** Comments of a solution, oldest first (solution_comments_solution_idx); hidden ones only for admins. */
    public static PanacheQuery<SolutionComment> ofSolution(SharedSolution solution, boolean withHidden) {
        return withHidden
                ? find("solution", Sort.ascending("id"), solution)
                : find("solution = ?1 and hidden = false", Sort.ascending("id"), solution);
    }
}
