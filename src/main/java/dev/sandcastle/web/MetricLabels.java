package dev.sandcastle.web;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * A request that matches no route has no route template to label its metrics with; Quarkus
 * labels a 404 {@code NOT_FOUND} but a 405 with its raw path, so anyone could create a meter
 * per made-up path until the label budget is spent (and real routes lose theirs). Such answers
 * get one fixed label.
 */
@Singleton
public class MetricLabels {

    @Produces
    @Singleton
    MeterFilter methodNotAllowedHasNoPath() {
        return new MeterFilter() {
            @Override
            public io.micrometer.core.instrument.Meter.Id map(io.micrometer.core.instrument.Meter.Id id) {
                if (id.getName().startsWith("http.server") && "405".equals(id.getTag("status"))) {
                    return id.replaceTags(Tags.of(id.getTags()).and("uri", "METHOD_NOT_ALLOWED"));
                }
                return id;
            }
        };
    }
}
