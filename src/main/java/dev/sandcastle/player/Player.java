package dev.sandcastle.player;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** An account. Score totals are written by the scoring hand-off with SQL, never through this entity. */
@Entity
@Table(name = "players")
public class Player extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(insertable = false, updatable = false)
    public int points;

    @Column(name = "solved_count", insertable = false, updatable = false)
    public int solvedCount;

    @Column(name = "last_point_at", insertable = false, updatable = false)
    public Instant lastPointAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "player_roles", joinColumns = @JoinColumn(name = "player_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    public Set<Role> roles = EnumSet.of(Role.PLAYER);

    /**
     * Names are unique regardless of case (index players_name_lower_idx). Only a name of the
     * registration rule is looked up, in its canonical form ({@link LoginNames}).
     */
    public static Optional<Player> findByName(String name) {
        return LoginNames.canonical(name).flatMap(n -> find("lower(name) = ?1", n).firstResultOptional());
    }

    public static long countWithRole(Role role) {
        return count("select count(p) from Player p join p.roles r where r = ?1", role);
    }
}
