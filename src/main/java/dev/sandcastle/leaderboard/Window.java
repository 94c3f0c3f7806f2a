package dev.sandcastle.leaderboard;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.sandcastle.web.ProblemException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The time windows of a leaderboard ({@code ?window=}), as UTC calendar periods: points count
 * in a window when the Check that earned them was graded inside it.
 */
public enum Window {
    /** Every point ever earned. */
    ALL,
    /** The season: {@code seasonMonths} calendar months starting on 1 January, 1 April, ... (with 3). */
    SEASON,
    /** The calendar month. */
    MONTH,
    /** The ISO week: Monday 00:00 UTC up to the next Monday 00:00 UTC. */
    WEEK;

    /** As it is written in the API: lower case. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Window parse(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("window must be all, season, month or week.");
        }
    }

    /** The first day (UTC) of the period of this window that contains {@code at}; null for ALL. */
    public LocalDate start(Instant at, int seasonMonths) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return switch (this) {
            case ALL -> null;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case SEASON -> LocalDate.of(day.getYear(), 1 + (day.getMonthValue() - 1) / seasonMonths * seasonMonths, 1);
        };
    }

    /** The first day after the period that starts on {@code start}. */
    public LocalDate end(LocalDate start, int seasonMonths) {
        return switch (this) {
            case ALL -> null;
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case SEASON -> start.plusMonths(seasonMonths);
        };
    }

    /** The board-key part of this window's period containing {@code at} (V80); null for ALL. */
    String key(Instant at, int seasonMonths) {
        LocalDate start = start(at, seasonMonths);
        return switch (this) {
            case ALL -> null;
            case WEEK -> "w:" + start;
            case MONTH -> "m:" + start.toString().substring(0, 7);
            case SEASON -> "s:" + start;
        };
    }
}
