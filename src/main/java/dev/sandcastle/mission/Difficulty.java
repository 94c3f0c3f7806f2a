package dev.sandcastle.mission;

/** Mission difficulty; the rank orders the catalogue. */
public enum Difficulty {
    EASY, MEDIUM, HARD;

    public int rank() {
        return ordinal() + 1;
    }
}
