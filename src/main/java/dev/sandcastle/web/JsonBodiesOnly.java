package dev.sandcastle.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;

/**
 * A request with a body under /api/ must say {@code Content-Type: application/json}, or it gets
 * 415 before anything reads it. A browser sends a cross-site form or {@code text/plain} POST
 * without a preflight (a "simple request"); insisting on JSON makes every cross-site write
 * need CORS, which this API never grants, so no page can register accounts with its visitors.
 */
@ApplicationScoped
public class JsonBodiesOnly {

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @Inject
    ObjectMapper mapper;

    void register(@Observes Filters filters) {
        filters.register(this::requireJson, 900);
    }

    private void requireJson(RoutingContext context) {
        var request = context.request();
        if (!WITH_BODY.contains(request.method()) || !request.path().startsWith("/api/") || !hasBody(context)
                || isJson(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            context.next();
            return;
        }
        Problem problem = Problem.of(415, "Send the body as application/json.").withInstance(request.path());
        try {
            context.response().setStatusCode(415)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    private static boolean hasBody(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        return context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || (length != null && !length.trim().equals("0"));
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json");
    }
}
