package dev.sandcastle.solution;

import dev.sandcastle.mission.Mission;
import dev.sandcastle.player.Player;
import dev.sandcastle.submission.Submission;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** An accepted solution its author published for the players who solved (or gave up on) the mission. */
@Entity
@Table(name = "shared_solutions")
public class SharedSolution extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id")
    public Mission mission;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "player_id")
    public Player player;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    public Submission submission;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public SolutionCategory category;

    @Column(columnDefinition = "text")
    public String note;

    @Column(name = "code_length", nullable = false)
    public int codeLength;

    public Long statements;

    @Column(name = "cpu_ms")
    public Long cpuMs;

    @Column(nullable = false, length = 64)
    public String fingerprint;

    /** Sum of the votes; written only by {@link VoteService} under this row's lock. */
    @Column(nullable = false)
    public int votes;

    @Column(nullable = false)
    public boolean hidden;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    /** The solution, locked until the transaction ends (votes on one solution are applied one at a time). */
    public static Optional<SharedSolution> lockById(long id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The player's solution on this shelf of the mission (shared_solutions_one_per_category). */
    public static boolean existsOnShelf(Mission mission, Player player, SolutionCategory category) {
        return count("mission = ?1 and player = ?2 and category = ?3", mission, player, category) > 0;
    }

    /** The earliest solution of the mission with this fingerprint by another player (shared_solutions_fingerprint_idx). */
    public static Optional<SharedSolution> earliestCopyOf(Mission mission, String fingerprint, Player publisher) {
        return find("mission = ?1 and fingerprint = ?2 and player <> ?3 order by id", mission, fingerprint, publisher)
                .firstResultOptional();
    }
}
