package dev.sandcastle.web;

import java.util.List;

/** Thrown anywhere in request handling to answer with a problem of the given status. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(int status, String detail) {
        this(Problem.of(status, detail));
    }

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, detail);
    }

    public static ProblemException unprocessable(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(Problem.of(422, detail).withErrors(errors));
    }

    public Problem problem() {
        return problem;
    }
}
