package dev.sandcastle.grading;

import dev.sandcastle.submission.GradingQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The grading queue in PostgreSQL (table grading_jobs). A job is claimed with
 * {@code FOR UPDATE SKIP LOCKED} under a lease that the grader renews while it works; a job
 * whose lease expired (its grader died or wedged) is claimable again. All times come from the
 * database clock, so graders on other hosts agree on them. Jobs are picked fairly between
 * players by their recent grading cost (ADR 0057).
 */
@ApplicationScoped
public class JobQueue implements GradingQueue {

    /** NOTIFY channel: a job was queued (payload: submission id). */
    public static final String JOBS_CHANNEL = "sandcastle_jobs";
    /** NOTIFY channel: a submission was graded (payload: submission id). */
    public static final String GRADED_CHANNEL = "sandcastle_graded";

    @Inject
    EntityManager em;

    @Inject
    FairnessConfig fairness;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(long submissionId) {
        em.createNativeQuery("INSERT INTO grading_jobs (submission_id) VALUES (?1)")
                .setParameter(1, submissionId).executeUpdate();
        notify(JOBS_CHANNEL, submissionId);
    }

    /** Claims the next claimable job of any player; see {@link #claim(String, Duration, double)}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claim> claim(String graderId, Duration lease) {
        return claim(graderId, lease, Double.MAX_VALUE);
    }

    /**
     * Claims the next claimable job for {@code lease}: fair between players (ADR 0057), the job
     * of the player with the lowest recent grading cost first (finished jobs' decayed cost plus
     * the worker time their jobs in flight have taken so far, in whole worker-seconds); among
     * equals, the player with the fewest jobs queued or in flight first, then the oldest job.
     * A finite {@code maxCost} is a reserved loop's claim: only <em>reservable</em> jobs are
     * considered, of players whose cost is below it and who have finished a grading before (a
     * cost row exists). A new account's jobs go to the open loops (first in their order: they
     * cost nothing), so a flood of fresh accounts cannot fill the reserved loops with bombs
     * before any of them has been charged.
     *
     * <p>A lease that ran out while PostgreSQL was down (it expired before the server's start
     * time) is not a crashed grader: its holder could not renew. It counts as expired only one
     * {@code lease} after the restart, so a live holder renews or hands the job back uncounted
     * first (found by the chaos run: a 28 s outage with 6 s leases made live graders' jobs look
     * crashed, and two were finished as INTERNAL_ERROR after their attempts ran out).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claim> claim(String graderId, Duration lease, double maxCost) {
        UUID token = UUID.randomUUID();
        Optional<Claim> claim = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                    WITH in_flight AS (
                           SELECT rs.player_id, sum(extract(epoch FROM now() - r.claimed_at)) AS seconds
                             FROM grading_jobs r JOIN submissions rs ON rs.id = r.submission_id
                            WHERE r.claimed_by IS NOT NULL AND r.lease_until >= now()
                            GROUP BY rs.player_id),
                         costs AS (
                           SELECT g.submission_id,
                                  coalesce(c.cost * power(0.5, extract(epoch FROM now() - c.updated_at) / ?), 0)
                                  + coalesce(i.seconds, 0) AS cost,
                                  count(*) OVER (PARTITION BY s.player_id) AS asking,
                                  c.player_id IS NOT NULL AS known
                             FROM grading_jobs g
                             JOIN submissions s ON s.id = g.submission_id
                             LEFT JOIN player_grading_costs c ON c.player_id = s.player_id
                             LEFT JOIN in_flight i ON i.player_id = s.player_id),
                         pick AS (
                           -- the claimable test is on the locked row itself, so it is checked again
                           -- when a concurrent claim committed just before this one locks the row
                           SELECT g.submission_id, k.cost, now() - g.enqueued_at AS waited,
                                  k.cost < ? AND k.known AS reservable
                             FROM grading_jobs g JOIN costs k ON k.submission_id = g.submission_id
                            WHERE (g.lease_until IS NULL
                                   OR (g.claimed_by IS NULL AND g.lease_until < now())
                                   OR (g.claimed_by IS NOT NULL AND g.lease_until < now()
                                       AND (g.lease_until >= pg_postmaster_start_time()
                                            OR pg_postmaster_start_time() + make_interval(secs => ?) < now())))
                              AND k.cost < ? AND (? OR (k.cost < ? AND k.known))
                            -- whole worker-seconds, so that players who cost next to nothing are equals;
                            -- among equals, whoever asks for less of the grader at once goes first
                            ORDER BY floor(k.cost), k.asking, g.enqueued_at
                            LIMIT 1
                              FOR UPDATE OF g SKIP LOCKED)
                    UPDATE grading_jobs j
                       SET claimed_by = ?, claim_token = ?, attempts = j.attempts + 1, claimed_at = now(),
                           lease_until = now() + make_interval(secs => ?)
                      FROM pick
                     WHERE j.submission_id = pick.submission_id
                 RETURNING j.submission_id, j.attempts, j.last_failure, pick.cost,
                           (extract(epoch FROM pick.waited) * 1000)::bigint, pick.reservable""")) {
                double expensive = fairness.expensiveCost();
                ps.setDouble(1, fairness.halfLife().toMillis() / 1000.0);
                ps.setDouble(2, expensive);
                ps.setDouble(3, lease.toMillis() / 1000.0);
                ps.setDouble(4, maxCost);
                ps.setBoolean(5, maxCost == Double.MAX_VALUE);
                ps.setDouble(6, Math.min(maxCost, expensive));
                ps.setString(7, graderId);
                ps.setObject(8, token);
                ps.setDouble(9, lease.toMillis() / 1000.0);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Claim(rs.getLong(1), token, graderId, rs.getInt(2), rs.getString(3),
                                    rs.getDouble(4), rs.getLong(5), rs.getBoolean(6)))
                            : Optional.<Claim>empty();
                }
            }
        });
        claim.ifPresent(c -> em.createNativeQuery("UPDATE submissions SET status = 'RUNNING', attempts = ?1 WHERE id = ?2")
                .setParameter(1, c.attempts()).setParameter(2, c.submissionId()).executeUpdate());
        return claim;
    }

    /** Extends the lease; false when the claim was lost. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean renew(Claim claim, Duration lease) {
        return em.createNativeQuery("""
                        UPDATE grading_jobs SET lease_until = now() + make_interval(secs => ?1)
                         WHERE submission_id = ?2 AND claim_token = ?3""")
                .setParameter(1, lease.toMillis() / 1000.0)
                .setParameter(2, claim.submissionId())
                .setParameter(3, claim.token())
                .executeUpdate() == 1;
    }

    /**
     * Gives the job back to the queue, claimable again after {@code delay}. {@code countAttempt}
     * false means the submission is not to blame (graceful shutdown), so the attempt is not counted.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean release(Claim claim, String failure, Duration delay, boolean countAttempt) {
        int updated = em.createNativeQuery("""
                        UPDATE grading_jobs
                           SET claimed_by = NULL, claim_token = NULL,
                               lease_until = now() + make_interval(secs => ?1),
                               attempts = attempts - ?2,
                               last_failure = coalesce(?3, last_failure)
                         WHERE submission_id = ?4 AND claim_token = ?5""")
                .setParameter(1, delay.toMillis() / 1000.0)
                .setParameter(2, countAttempt ? 0 : 1)
                .setParameter(3, failure)
                .setParameter(4, claim.submissionId())
                .setParameter(5, claim.token())
                .executeUpdate();
        if (updated == 1) {
            em.createNativeQuery("UPDATE submissions SET status = 'QUEUED' WHERE id = ?1")
                    .setParameter(1, claim.submissionId()).executeUpdate();
            notify(JOBS_CHANNEL, claim.submissionId());
        }
        return updated == 1;
    }

    /**
     * Removes the job as part of the transaction that writes its verdict: the exactly-once
     * guard. Throws (rolling that transaction back) when the claim was lost.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finish(Claim claim) {
        finish(claim, 0);
    }

    /**
     * {@link #finish(Claim)}, charging the player {@code cost} (worker-seconds, ADR 0057) on
     * top of their decayed cost so far: in the verdict transaction, so a job is charged exactly
     * once and a verdict that rolls back charges nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finish(Claim claim, double cost) {
        long deleted = ((Number) em.createNativeQuery("""
                        WITH done AS (
                               DELETE FROM grading_jobs WHERE submission_id = ?1 AND claim_token = ?2
                            RETURNING submission_id),
                             charged AS (
                               INSERT INTO player_grading_costs AS p (player_id, cost, updated_at)
                               SELECT s.player_id, ?3, now()
                                 FROM done d JOIN submissions s ON s.id = d.submission_id
                               ON CONFLICT (player_id) DO UPDATE
                                  SET cost = p.cost * power(0.5, greatest(0, extract(epoch FROM now() - p.updated_at)) / ?4)
                                             + excluded.cost,
                                      updated_at = now()
                            RETURNING 1)
                        SELECT count(*) FROM done""")
                .setParameter(1, claim.submissionId())
                .setParameter(2, claim.token())
                .setParameter(3, Math.max(0, cost))
                .setParameter(4, fairness.halfLife().toMillis() / 1000.0)
                .getSingleResult()).longValue();
        if (deleted != 1) {
            throw new LostClaimException(claim);
        }
        notify(GRADED_CHANNEL, claim.submissionId());
    }

    /**
     * Makes the jobs held by dead processes of this host claimable at once instead of after
     * their lease (or, when the lease ran out before a database restart, one lease after it):
     * a process of this host that is not alive (or has our own pid: a container
     * restarted with the same pid) cannot renew or write them. Grader ids are
     * {@code host:pid/loop}. The attempt stays counted, as after any crash.
     *
     * @return the number of jobs freed
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int expireClaimsOfDeadProcesses(String host, long ownPid) {
        @SuppressWarnings("unchecked")
        java.util.List<String> holders = em.createNativeQuery("""
                        SELECT DISTINCT split_part(claimed_by, '/', 1) FROM grading_jobs
                         WHERE starts_with(claimed_by, ?1)""")
                .setParameter(1, host + ":").getResultList();
        int freed = 0;
        for (String holder : holders) {
            long pid;
            try {
                pid = Long.parseLong(holder.substring(host.length() + 1));
            } catch (NumberFormatException notOurs) {
                continue;
            }
            if (pid == ownPid || !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                freed += em.createNativeQuery("""
                                UPDATE grading_jobs SET lease_until = now()
                                 WHERE split_part(claimed_by, '/', 1) = ?1""")
                        .setParameter(1, holder).executeUpdate();
            }
        }
        return freed;
    }

    /** Players whose recent grading cost is at least {@code cost} worker-seconds now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long playersCostingAtLeast(double cost) {
        return ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM player_grading_costs
                         WHERE cost * power(0.5, extract(epoch FROM now() - updated_at) / ?1) >= ?2""")
                .setParameter(1, fairness.halfLife().toMillis() / 1000.0)
                .setParameter(2, cost)
                .getSingleResult()).longValue();
    }

    /** Jobs waiting or being graded. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long depth() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM grading_jobs").getSingleResult()).longValue();
    }

    private void notify(String channel, long submissionId) {
        em.createNativeQuery("SELECT pg_notify(?1, ?2)")
                .setParameter(1, channel).setParameter(2, Long.toString(submissionId)).getSingleResult();
    }
}
