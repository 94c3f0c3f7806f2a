-- Missions created through the authoring API belong to their author: only the author (and
-- admins) may update them or read their reference solution and hidden tests. Missions from the
-- pack in missions/ have no author (admins only).
ALTER TABLE missions ADD COLUMN author_id BIGINT REFERENCES players (id);
