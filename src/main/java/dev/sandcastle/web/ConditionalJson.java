package dev.sandcastle.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.time.Duration;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Answers a poll cheaply: the ETag is a hash of the exact JSON body, so it changes exactly when
 * the answer does, and a matching If-None-Match gets 304 without a body. Cache-Control lets
 * clients and shared caches reuse an answer for a few seconds before revalidating.
 */
@ApplicationScoped
public class ConditionalJson {

    @Inject
    ObjectMapper mapper;

    /** The answer to a poll for {@code body}: 304 when the client's ETag matches, reusable for {@code maxAge}. */
    public Response respond(Request request, Object body, Duration maxAge) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("polled answers are plain records", e);
        }
        EntityTag tag = new EntityTag(tagOf(json));
        CacheControl cache = new CacheControl();
        cache.setMaxAge((int) maxAge.toSeconds());
        cache.setNoTransform(false);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(cache).build();
    }

    private static String tagOf(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
