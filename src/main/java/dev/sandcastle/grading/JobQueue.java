package dev.sandcastle.grading;

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
 * database clock, so graders on other hosts agree on them.
 */
@ApplicationScoped
public class JobQueue {

    /** NOTIFY channel: a job was queued (payload: submission id). */
    public static final String JOBS_CHANNEL = "sandcastle_jobs";
    /** NOTIFY channel: a submission was graded (payload: submission id). */
    public static final String GRADED_CHANNEL = "sandcastle_graded";

    @Inject
    EntityManager em;

    /** Queues a submission in the caller's transaction; graders are woken when it commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(long submissionId) {
        em.createNativeQuery("INSERT INTO grading_jobs (submission_id) VALUES (?1)")
                .setParameter(1, submissionId).executeUpdate();
        notify(JOBS_CHANNEL, submissionId);
    }

    /**
     * Claims the oldest claimable job, if any, for {@code lease}. A lease that ran out while
     * PostgreSQL was down (it expired before the server's start time) is not a crashed grader:
     * its holder could not renew. It counts as expired only one {@code lease} after the restart,
     * so a live holder renews or hands the job back uncounted first (found by the chaos run: a
     * 28 s outage with 6 s leases made live graders' jobs look crashed, and two were finished as
     * INTERNAL_ERROR after their attempts ran out).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claim> claim(String graderId, Duration lease) {
        UUID token = UUID.randomUUID();
        Optional<Claim> claim = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                    UPDATE grading_jobs j
                       SET claimed_by = ?, claim_token = ?, attempts = j.attempts + 1,
                           lease_until = now() + make_interval(secs => ?)
                     WHERE j.submission_id = (
                           SELECT submission_id FROM grading_jobs
                            WHERE lease_until IS NULL
                               OR (claimed_by IS NULL AND lease_until < now())
                               OR (claimed_by IS NOT NULL AND lease_until < now()
                                   AND (lease_until >= pg_postmaster_start_time()
                                        OR pg_postmaster_start_time() + make_interval(secs => ?) < now()))
                            ORDER BY enqueued_at
                            LIMIT 1
                              FOR UPDATE SKIP LOCKED)
                 RETURNING j.submission_id, j.attempts, j.last_failure""")) {
                ps.setString(1, graderId);
                ps.setObject(2, token);
                ps.setDouble(3, lease.toMillis() / 1000.0);
                ps.setDouble(4, lease.toMillis() / 1000.0);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Claim(rs.getLong(1), token, graderId, rs.getInt(2), rs.getString(3)))
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
        int deleted = em.createNativeQuery("DELETE FROM grading_jobs WHERE submission_id = ?1 AND claim_token = ?2")
                .setParameter(1, claim.submissionId())
                .setParameter(2, claim.token())
                .executeUpdate();
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
