package dev.sandcastle.solution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** A player's vote (+1 or -1) on a shared solution; at most one per player and solution. */
@Entity
@Table(name = "solution_votes")
@IdClass(SolutionVote.Key.class)
public class SolutionVote extends PanacheEntityBase {

    /** The primary key (solution_id, player_id). */
    public record Key(Long solutionId, Long playerId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "solution_id")
    public Long solutionId;

    @Id
    @Column(name = "player_id")
    public Long playerId;

    @Column(nullable = false)
    public short value;

    @Column(name = "voted_at", nullable = false)
    public Instant votedAt;

    public static Optional<SolutionVote> of(long solutionId, long playerId) {
        return findByIdOptional(new Key(solutionId, playerId));
    }
}
