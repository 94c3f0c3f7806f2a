package dev.sandcastle.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an announced oversized body with a 413 problem before it is read, so this error is
 * problem JSON too (the HTTP layer's own limit, quarkus.http.limits.max-body-size, still
 * stops bodies sent without a Content-Length).
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Inject
    ObjectMapper mapper;

    void register(@Observes Filters filters) {
        filters.register(this::rejectOversizedBodies, 1000);
    }

    private void rejectOversizedBodies(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared = -1;
        if (length != null) {
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException ignored) {
                // a malformed Content-Length is the HTTP layer's to reject
            }
        }
        if (declared <= maxBodySize.asLongValue()) {
            context.next();
            return;
        }
        Problem problem = Problem.of(413, "The request body is larger than " + maxBodySize.asLongValue() + " bytes.")
                .withInstance(context.request().path());
        try {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
