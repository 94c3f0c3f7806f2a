package dev.sandcastle.progress;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Optional;

/** An island of missions/islands.json: its place on the map and the points that open it. */
@Entity
@Table(name = "islands")
public class Island extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String name;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "unlock_points", nullable = false)
    public int unlockPoints;

    public static Optional<Island> findByName(String name) {
        return name == null ? Optional.empty() : findByIdOptional(name);
    }

    /** Every declared island, in the order players travel them. */
    public static List<Island> inOrder() {
        return listAll(Sort.ascending("position"));
    }
}
