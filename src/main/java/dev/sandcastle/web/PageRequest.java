package dev.sandcastle.web;

/**
 * Paging parameters shared by every list endpoint: {@code page} counts from 0, {@code size}
 * is 1 to {@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}). Out of range is a 400.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ProblemException.badRequest("page must be 0 or more.");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.badRequest("size must be between 1 and " + MAX_SIZE + ".");
        }
        if ((long) p * s > Integer.MAX_VALUE) {
            throw ProblemException.badRequest("page is too large.");
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
