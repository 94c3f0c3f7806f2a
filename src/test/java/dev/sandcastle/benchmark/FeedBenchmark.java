package dev.sandcastle.benchmark;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live parts of issue 19, run by LeaderboardBenchmark against the same application:
 * SSE fan-out (events delivered per second to {@code bench.sse.clients} open streams) and
 * webhook delivery throughput (signed POSTs per second to a receiver on localhost). Events are
 * written as another process would: outbox rows and a NOTIFY in one transaction.
 */
final class FeedBenchmark {
    private static final int CLIENTS = Integer.getInteger("bench.sse.clients", 1_000);
    private static final int EVENTS = Integer.getInteger("bench.sse.events", 1_000);
    private static final int WEBHOOKS = Integer.getInteger("bench.webhooks", 5);
    private static final int WEBHOOK_EVENTS = Integer.getInteger("bench.webhook.events", 2_000);

    private FeedBenchmark() {
    }

    static void run(String base, Connection db) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = login(http, base);
        sseFanOut(base, db, token);
        webhooks(http, base, db, token);
    }

    private static String login(HttpClient http, String base) throws Exception {
        String name = "bench-feed-" + System.nanoTime() % 100_000;
        String password = "bench password 1";
        send(http, HttpRequest.newBuilder(URI.create(base + "/api/players")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}")), 201);
        String basic = Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        String body = send(http, HttpRequest.newBuilder(URI.create(base + "/api/tokens")).header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody()), 201);
        return body.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private static void sseFanOut(String base, Connection db, String token) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        CountDownLatch connected = new CountDownLatch(CLIENTS);
        CountDownLatch finished = new CountDownLatch(CLIENTS);
        AtomicLong received = new AtomicLong();
        List<InputStream> streams = new ArrayList<>();
        var readers = Executors.newVirtualThreadPerTaskExecutor();
        long connectStart = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            readers.submit(() -> {
                HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/leaderboard/stream"))
                        .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("stream answered " + response.statusCode());
                }
                synchronized (streams) {
                    streams.add(response.body());
                }
                connected.countDown();
                int mine = 0;
                var lines = new java.io.BufferedReader(new java.io.InputStreamReader(response.body(), StandardCharsets.UTF_8));
                String line;
                while (mine < EVENTS && (line = lines.readLine()) != null) {
                    if (line.startsWith("id:")) {
                        mine++;
                        received.incrementAndGet();
                    }
                }
                finished.countDown();
                return null;
            });
        }
        if (!connected.await(3, TimeUnit.MINUTES)) {
            throw new IllegalStateException("only " + (CLIENTS - connected.getCount()) + " streams connected");
        }
        System.out.printf("%nSSE: %d streams open in %.1f s%n", CLIENTS, LeaderboardBenchmark.seconds(connectStart));
        Thread.sleep(1_000);
        long start = System.nanoTime();
        insertEvents(db, EVENTS);
        boolean done = finished.await(5, TimeUnit.MINUTES);
        double elapsed = LeaderboardBenchmark.seconds(start);
        System.out.printf(Locale.ROOT, "SSE fan-out: %d events x %d clients = %d deliveries in %.2f s: %.0f events/s delivered"
                        + " (%.0f distinct events/s)%s%n", EVENTS, CLIENTS, received.get(), elapsed, received.get() / elapsed,
                EVENTS / elapsed, done ? "" : " (INCOMPLETE after 5 min)");
        synchronized (streams) {
            for (InputStream s : streams) {
                try {
                    s.close();
                } catch (Exception ignored) {
                    // closing
                }
            }
        }
        readers.shutdownNow();
    }

    private static void webhooks(HttpClient http, String base, Connection db, String token) throws Exception {
        AtomicLong deliveries = new AtomicLong();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            deliveries.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            for (int w = 0; w < WEBHOOKS; w++) {
                send(http, HttpRequest.newBuilder(URI.create(base + "/api/webhooks")).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + url + "\",\"events\":[\"score.changed\"],"
                                + "\"secret\":\"bench-secret-0123456789\"}")), 201);
            }
            long expected = (long) WEBHOOKS * WEBHOOK_EVENTS;
            long start = System.nanoTime();
            insertEvents(db, WEBHOOK_EVENTS);
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (deliveries.get() < expected && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            double elapsed = LeaderboardBenchmark.seconds(start);
            long delivered;
            try (Statement sql = db.createStatement();
                 ResultSet rs = sql.executeQuery("SELECT count(*) FROM webhook_deliveries WHERE status = 'DELIVERED'")) {
                rs.next();
                delivered = rs.getLong(1);
            }
            System.out.printf(Locale.ROOT, "webhooks: %d events x %d webhooks = %d signed POSTs received in %.2f s: %.0f deliveries/s"
                    + " (%d recorded DELIVERED)%n", WEBHOOK_EVENTS, WEBHOOKS, deliveries.get(), elapsed,
                    deliveries.get() / elapsed, delivered);
        } finally {
            receiver.stop(0);
        }
    }

    /** What a scoring transaction of another process writes: outbox rows, then NOTIFY, in one transaction. */
    private static void insertEvents(Connection db, int count) throws Exception {
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO feed_events (type, payload)
                SELECT 'score.changed', json_build_object('player', 'bench-' || i, 'mission', 'bench-mission-' || (1 + i % 40),
                       'island', 'island-' || (i % 4), 'gained', 10, 'points', 100 + i, 'rank', 1 + i % 5000,
                       'solved', true, 'at', now())::text
                FROM generate_series(1, ?) i""");
             Statement notify = db.createStatement()) {
            insert.setInt(1, count);
            insert.executeUpdate();
            notify.execute("SELECT pg_notify('sandcastle_feed_new', '')");
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
    }

    private static String send(HttpClient http, HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
