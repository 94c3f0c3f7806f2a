package dev.sandcastle.mission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * A mission: its slug and the version players currently get. Catalogue fields are copied
 * from the current version so the listing reads this table alone.
 */
@Entity
@Table(name = "missions")
public class Mission extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 64)
    public String slug;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    public MissionVersion currentVersion;

    @Column(nullable = false, length = 200)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Difficulty difficulty;

    @Column(name = "difficulty_rank", nullable = false)
    public short difficultyRank;

    @Column(nullable = false)
    public int points;

    @Column(length = 64)
    public String island;

    @Column(nullable = false, columnDefinition = "text[]")
    public String[] tags;

    @Column(nullable = false)
    public boolean published = true;

    /** The player who created it through the authoring API; null for missions from the pack. */
    @Column(name = "author_id")
    public Long authorId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Mission> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static Optional<Mission> findPublishedBySlug(String slug) {
        return find("slug = ?1 and published = true", slug).firstResultOptional();
    }

    /** The published catalogue, easiest first, optionally filtered (uses missions_catalogue_idx / missions_tags_idx). */
    public static PanacheQuery<Mission> catalogue(Difficulty difficulty, String tag) {
        StringBuilder query = new StringBuilder("published = true");
        Parameters parameters = new Parameters();
        if (difficulty != null) {
            query.append(" and difficulty = :difficulty");
            parameters.and("difficulty", difficulty);
        }
        if (tag != null) {
            query.append(" and array_contains(tags, :tag)");
            parameters.and("tag", tag);
        }
        return find(query.toString(), Sort.by("difficultyRank").and("slug"), parameters);
    }

    /** Copies the catalogue fields of the version that becomes current. */
    void showVersion(MissionVersion version) {
        currentVersion = version;
        title = version.title;
        difficulty = version.difficulty;
        difficultyRank = (short) version.difficulty.rank();
        points = version.points;
        island = version.island;
        tags = version.tags;
        updatedAt = Instant.now();
    }
}
