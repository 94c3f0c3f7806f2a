package dev.sandcastle.web.ui;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers for the player page and the API. The Content-Security-Policy allows this
 * origin only and no inline script, so even if some text slipped past the page's escaping it
 * could neither run nor send anything elsewhere. {@code /q/} (Swagger UI, Dev UI) is left out:
 * those tools ship inline scripts and are not part of the player page.
 */
@ApplicationScoped
public class PageSecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "font-src 'self'",
            "connect-src 'self'",
            "manifest-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'");

    void register(@Observes Filters filters) {
        filters.register(PageSecurityHeaders::addHeaders, 100);
    }

    static void addHeaders(RoutingContext context) {
        String path = context.normalizedPath();
        if (path == null || !path.startsWith("/q/")) {
            var headers = context.response().headers();
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
        }
        context.next();
    }
}
