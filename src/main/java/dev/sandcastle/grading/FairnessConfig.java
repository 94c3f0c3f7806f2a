package dev.sandcastle.grading;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Fair grading between players (ADR 0057): a player's recent grading cost orders the queue,
 * and a grader keeps loops free for players who are not expensive.
 */
@ConfigMapping(prefix = "sandcastle.grader.fairness")
public interface FairnessConfig {

    /** A player's grading cost halves after this long without new cost. */
    @WithDefault("60s")
    Duration halfLife();

    /**
     * Added to the worker time of a job whose verdict is a time, memory or output limit. Twice
     * {@code expensive-cost}, so one such verdict keeps a player expensive for a half-life.
     */
    @WithDefault("10s")
    Duration limitPenalty();

    /**
     * From this recent cost (worker-seconds) on a player is expensive: kept out of the reserved
     * loops. At the default, one limit verdict (its penalty plus its worker time) is enough, for
     * at least a half-life: a flood is recognised after one bomb per account, not two.
     */
    @WithDefault("5")
    double expensiveCost();

    /**
     * Grader loops per process that claim only jobs of players who are not expensive (at most
     * concurrency - 1, so at least one loop takes anyone's jobs); 0 turns the reservation off.
     */
    @WithDefault("1")
    int reservedLoops();
}
