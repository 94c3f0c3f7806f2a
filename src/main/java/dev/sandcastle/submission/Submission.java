package dev.sandcastle.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandcastle.mission.Mission;
import dev.sandcastle.mission.MissionVersion;
import dev.sandcastle.player.Player;
import dev.sandcastle.sandbox.Verdict;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
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
import java.util.List;

/** One submitted solution and, once graded, its verdict and per-test results. */
@Entity
@Table(name = "submissions")
public class Submission extends PanacheEntityBase {

    /** Reads back ints as long as any result may hold (PlainData.MAX_INT_DIGITS), past Jackson's 1000-digit default. */
    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxNumberLength(dev.sandcastle.sandbox.PlainData.MAX_INT_DIGITS + 1).build())
            .build());

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "player_id")
    public Player player;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id")
    public Mission mission;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_version_id")
    public MissionVersion missionVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public SubmissionMode mode;

    @Column(nullable = false, columnDefinition = "text")
    public String code;

    @Column(name = "code_length", nullable = false)
    public int codeLength;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public SubmissionStatus status = SubmissionStatus.QUEUED;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    public Verdict verdict;

    @Column(columnDefinition = "text")
    public String message;

    public Integer score;

    @Column(name = "cpu_ms")
    public Long cpuMs;

    public Long statements;

    @Column(name = "results_json", columnDefinition = "text")
    public String resultsJson;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "graded_at")
    public Instant gradedAt;

    /** A player's submissions, newest first (submissions_player_idx / submissions_player_mission_idx). */
    public static PanacheQuery<Submission> ofPlayer(Player player, Mission mission) {
        return mission == null
                ? find("player", Sort.descending("id"), player)
                : find("player = ?1 and mission = ?2", Sort.descending("id"), player, mission);
    }

    public List<StoredTestResult> results() {
        if (resultsJson == null) {
            return List.of();
        }
        try {
            return JSON.readValue(resultsJson, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored results are not valid JSON", e);
        }
    }

    public void storeResults(List<StoredTestResult> results) {
        try {
            resultsJson = JSON.writeValueAsString(results);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
