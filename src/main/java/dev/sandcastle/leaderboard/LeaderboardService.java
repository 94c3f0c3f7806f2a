package dev.sandcastle.leaderboard;

import dev.sandcastle.leaderboard.Standings.MissionRow;
import dev.sandcastle.leaderboard.Standings.PlayerRow;
import dev.sandcastle.leaderboard.Standings.Profile;
import dev.sandcastle.leaderboard.Standings.ProfileMission;
import dev.sandcastle.web.Page;
import dev.sandcastle.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads standings from the denormalised score columns. Every query here is served by an index
 * of V10/V11 (named next to each); the benchmark in docs/performance.md measures them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LeaderboardService {

    @Inject
    EntityManager em;

    /** Players with points: points desc, then earliest last point, then id (players_leaderboard_idx). */
    public Page<PlayerRow> players(PageRequest page) {
        long total = count("SELECT count(*) FROM players WHERE points > 0");
        List<PlayerRow> rows = new ArrayList<>();
        if ((long) page.offset() < total) {
            List<?> result = em.createNativeQuery("""
                            SELECT name, points, solved_count, last_point_at FROM players
                            WHERE points > 0
                            ORDER BY points DESC, last_point_at, id
                            LIMIT ?1 OFFSET ?2""")
                    .setParameter(1, page.size())
                    .setParameter(2, page.offset())
                    .getResultList();
            long rank = page.offset();
            for (Object r : result) {
                Object[] c = (Object[]) r;
                rows.add(new PlayerRow(++rank, (String) c[0], integer(c[1]), integer(c[2]), instant(c[3])));
            }
        }
        return Page.of(rows, page, total);
    }

    /** Solvers of a mission in the given order (mission_scores_{first,shortest,fastest}_idx); empty if no such mission. */
    public Optional<Page<MissionRow>> mission(String slug, MissionRanking by, PageRequest page) {
        Optional<Long> missionId = publishedMission(slug);
        if (missionId.isEmpty()) {
            return Optional.empty();
        }
        long total = ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM mission_scores WHERE mission_id = ?1 AND solved_at IS NOT NULL")
                .setParameter(1, missionId.get()).getSingleResult()).longValue();
        List<MissionRow> rows = new ArrayList<>();
        if ((long) page.offset() < total) {
            List<?> result = em.createNativeQuery("""
                            SELECT p.name, s.solved_at, s.best_code_length, s.best_code_at,
                                   s.best_statements, s.best_cpu_ms, s.best_speed_at
                            FROM mission_scores s JOIN players p ON p.id = s.player_id
                            WHERE s.mission_id = ?1 AND s.solved_at IS NOT NULL
                            ORDER BY %s
                            LIMIT ?2 OFFSET ?3""".formatted(by.orderBy))
                    .setParameter(1, missionId.get())
                    .setParameter(2, page.size())
                    .setParameter(3, page.offset())
                    .getResultList();
            long rank = page.offset();
            for (Object r : result) {
                Object[] c = (Object[]) r;
                rows.add(switch (by) {
                    case FIRST -> new MissionRow(++rank, (String) c[0], instant(c[1]), null, null, null);
                    case SHORTEST -> new MissionRow(++rank, (String) c[0], instant(c[3]), integer(c[2]), null, null);
                    case FASTEST -> new MissionRow(++rank, (String) c[0], instant(c[6]), null, longValue(c[4]), longValue(c[5]));
                });
            }
        }
        return Optional.of(Page.of(rows, page, total));
    }

    /** A public profile (players_name_lower_idx, players_leaderboard_idx for the rank, mission_scores pkey). */
    public Optional<Profile> profile(String name) {
        List<?> found = em.createNativeQuery("""
                        SELECT id, name, points, solved_count, last_point_at, created_at
                        FROM players WHERE lower(name) = lower(?1)""")
                .setParameter(1, name).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] p = (Object[]) found.getFirst();
        long id = ((Number) p[0]).longValue();
        int points = integer(p[2]);
        Long rank = points == 0 ? null : 1 + ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM players
                        WHERE points > 0 AND (points > ?1 OR (points = ?1 AND (last_point_at, id) < (?2, ?3)))""")
                .setParameter(1, points)
                .setParameter(2, p[4])
                .setParameter(3, id)
                .getSingleResult()).longValue();
        List<ProfileMission> missions = new ArrayList<>();
        for (Object r : em.createNativeQuery("""
                        SELECT m.slug, m.title, s.points, s.solved_at
                        FROM mission_scores s JOIN missions m ON m.id = s.mission_id
                        WHERE s.player_id = ?1 AND s.points > 0
                        ORDER BY s.solved_at NULLS LAST, m.slug""")
                .setParameter(1, id).getResultList()) {
            Object[] c = (Object[]) r;
            missions.add(new ProfileMission((String) c[0], (String) c[1], integer(c[2]), instant(c[3])));
        }
        return Optional.of(new Profile((String) p[1], points, rank, integer(p[3]), instant(p[4]), instant(p[5]), missions));
    }

    private Optional<Long> publishedMission(String slug) {
        List<?> ids = em.createNativeQuery("SELECT id FROM missions WHERE slug = ?1 AND published")
                .setParameter(1, slug).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.getFirst()).longValue());
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static int integer(Object value) {
        return ((Number) value).intValue();
    }

    private static Long longValue(Object value) {
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
