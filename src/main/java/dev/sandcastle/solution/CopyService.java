package dev.sandcastle.solution;

import dev.sandcastle.mission.Mission;
import dev.sandcastle.web.Page;
import dev.sandcastle.web.PageRequest;
import dev.sandcastle.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/** For admins: groups of accepted solutions with one fingerprint in one mission, by two or more players. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CopyService {

    @Inject
    EntityManager em;

    public Page<SolutionViews.CopyGroup> groups(String missionSlug, PageRequest page) {
        Long missionId = null;
        if (missionSlug != null && !missionSlug.isBlank()) {
            missionId = Mission.findBySlug(missionSlug.trim())
                    .orElseThrow(() -> ProblemException.notFound("There is no mission '" + missionSlug + "'.")).id;
        }
        String groups = """
                SELECT f.mission_id, f.fingerprint, min(f.created_at) AS first_at FROM solution_fingerprints f
                %s GROUP BY f.mission_id, f.fingerprint HAVING count(DISTINCT f.player_id) > 1"""
                .formatted(missionId == null ? "" : "WHERE f.mission_id = :mission");
        Query count = em.createNativeQuery("SELECT count(*) FROM (" + groups + ") g");
        Query rows = em.createNativeQuery("SELECT g.mission_id, m.slug, g.fingerprint FROM (" + groups + ") g"
                        + " JOIN missions m ON m.id = g.mission_id ORDER BY g.first_at DESC, g.mission_id, g.fingerprint"
                        + " LIMIT :limit OFFSET :offset")
                .setParameter("limit", page.size()).setParameter("offset", page.offset());
        if (missionId != null) {
            count.setParameter("mission", missionId);
            rows.setParameter("mission", missionId);
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<SolutionViews.CopyGroup> items = new ArrayList<>();
        for (Object r : rows.getResultList()) {
            Object[] g = (Object[]) r;
            List<SolutionViews.CopyMember> members = new ArrayList<>();
            for (Object m : em.createNativeQuery("""
                            SELECT p.name, min(f.submission_id), min(f.created_at) FROM solution_fingerprints f
                            JOIN players p ON p.id = f.player_id
                            WHERE f.mission_id = ?1 AND f.fingerprint = ?2
                            GROUP BY p.name ORDER BY 3, 1""")
                    .setParameter(1, ((Number) g[0]).longValue()).setParameter(2, g[2]).getResultList()) {
                Object[] c = (Object[]) m;
                members.add(new SolutionViews.CopyMember((String) c[0], ((Number) c[1]).longValue(),
                        SolutionService.instant(c[2])));
            }
            items.add(new SolutionViews.CopyGroup((String) g[1], (String) g[2], members));
        }
        return Page.of(items, page, total);
    }
}
