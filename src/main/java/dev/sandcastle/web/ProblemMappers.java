package dev.sandcastle.web;

import dev.sandcastle.database.DatabaseUnavailable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;

/**
 * Turns every error, including Quarkus' own (unknown path, wrong method or media type,
 * unreadable JSON), into RFC 7807 problem JSON, and never leaks a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = e.problem().withInstance(uri.getPath()).toResponse();
        if (e instanceof RetryLaterException later) {
            return Response.fromResponse(response).header("Retry-After", String.valueOf(later.retryAfterSeconds())).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (e instanceof jakarta.ws.rs.NotFoundException && e.getCause() instanceof IllegalArgumentException) {
            // JAX-RS answers 404 when a path or query parameter does not convert ("page=abc"); the path exists
            return Problem.of(400, "A path or query parameter has the wrong type (a number is expected).")
                    .withInstance(uri.getPath()).toResponse();
        }
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath() + ".";
            case 405 -> "This method is not allowed on " + uri.getPath() + ".";
            case 415 -> "Send the body as application/json.";
            case 406 -> "This resource answers in application/json.";
            case 413 -> "The request body is too large.";
            default -> status >= 500 ? "The server failed to handle the request." : "The request cannot be handled.";
        };
        Response.ResponseBuilder builder = Response.fromResponse(e.getResponse()).entity(null);
        Problem problem = Problem.of(status, detail).withInstance(uri.getPath());
        return builder.type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String where = e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                ? " at '" + mismatch.getPathReference().replaceAll(".*\\[\"?", "").replaceAll("\"?]$", "") + "'"
                : "";
        return Problem.of(400, "The body is not valid JSON of the expected shape" + where + ".")
                .withInstance(uri.getPath()).toResponse();
    }

    /** Mapped on its own because Quarkus ships a more specific mapper for it that answers plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(422, "The request is well-formed but not valid.").withErrors(errors)
                .withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.isCauseOf(e)) {
            LOG.warnf("database unavailable on %s: %s", uri.getPath(), e.toString());
            return Response.fromResponse(Problem.of(503, "The database is unavailable; try again shortly.")
                    .withInstance(uri.getPath()).toResponse()).header("Retry-After", "5").build();
        }
        if (sqlState(e).equals("22021")) {
            // PostgreSQL text cannot hold NUL (or malformed) characters: the client's mistake, and nothing was stored
            return Problem.of(400, "The request contains a character that cannot be stored (such as NUL).")
                    .withInstance(uri.getPath()).toResponse();
        }
        LOG.errorf(e, "unhandled error on %s", uri.getPath());
        return Problem.of(500, "The server failed to handle the request.").withInstance(uri.getPath()).toResponse();
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    /** The property path without the method and parameter names ("submit.request.code" -> "code"). */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1];
    }
}
