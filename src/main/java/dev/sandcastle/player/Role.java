package dev.sandcastle.player;

/** What an account may do. Every account is a PLAYER; AUTHOR and ADMIN are granted by an admin. */
public enum Role {
    PLAYER,
    AUTHOR,
    ADMIN;

    /** Names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final String PLAYER_NAME = "PLAYER";
    public static final String AUTHOR_NAME = "AUTHOR";
    public static final String ADMIN_NAME = "ADMIN";
}
