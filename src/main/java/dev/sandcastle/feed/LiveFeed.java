package dev.sandcastle.feed;

import dev.sandcastle.web.Problem;
import dev.sandcastle.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * This process's Server-Sent Events clients. Events come from PostgreSQL, not from this
 * process's memory: the listener calls {@link #poll()} when the sequencer of any process
 * announces new events, and every client is brought up to date from a shared in-memory window of
 * the latest events (one query per batch for all clients), or from the database when it is
 * further behind (a resume with Last-Event-ID). Each client has its own cursor, so a client
 * gets every event after its cursor once and in order.
 */
@ApplicationScoped
public class LiveFeed {
    private static final Logger LOG = Logger.getLogger(LiveFeed.class);
    /** Events kept in memory for clients that are a little behind; older ones are read from the database. */
    private static final int RECENT = 10_000;
    private static final int PAGE = 1_000;

    @Inject
    FeedStore store;

    @Inject
    FeedConfig config;

    private final Object lock = new Object();
    private final ArrayDeque<FeedEvent> recent = new ArrayDeque<>(); // guarded by lock
    private volatile long head = -1;
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();

    /** Loads events sequenced since the last call and pushes them to every client. Called by the listener thread. */
    void poll() {
        if (head < 0) {
            head = store.head();
        }
        List<FeedEvent> fresh = store.between(head, Long.MAX_VALUE, PAGE);
        while (!fresh.isEmpty()) {
            synchronized (lock) {
                recent.addAll(fresh);
                while (recent.size() > RECENT) {
                    recent.removeFirst();
                }
                head = fresh.getLast().seq();
            }
            fresh = fresh.size() < PAGE ? List.of() : store.between(head, Long.MAX_VALUE, PAGE);
        }
        for (Client client : clients) {
            client.catchUp();
        }
    }

    /** A comment line to every client: keeps proxies from closing idle streams and finds dead clients. */
    void heartbeat() {
        for (Client client : clients) {
            client.comment();
        }
    }

    public int clients() {
        return clients.size();
    }

    /**
     * Opens a stream. With {@code lastEventId}, replays what came after it first (a {@code reset}
     * event first if it is older than the retention kept); without, starts at the newest event.
     */
    public void open(SseEventSink sink, Sse sse, Long lastEventId) {
        if (clients.size() >= config.maxStreams()) {
            throw new ProblemException(Problem.of(503, "This server has " + config.maxStreams()
                    + " open streams; try again later or poll GET /api/leaderboard."));
        }
        if (head < 0) {
            head = store.head();
        }
        long cursor = lastEventId == null ? head : Math.max(0, lastEventId);
        Client client = new Client(sink, sse, cursor);
        if (lastEventId != null) {
            var oldest = store.oldest();
            if (oldest.isPresent() && cursor < oldest.getAsLong() - 1) {
                client.send(sse.newEventBuilder().name("reset")
                        .data("{\"reason\":\"events after " + cursor + " are no longer kept\",\"oldest\":"
                                + oldest.getAsLong() + "}")
                        .build());
            }
        }
        clients.add(client);
        client.catchUp();
    }

    /** Events after {@code cursor}: from memory when it covers them, else from the database. */
    private List<FeedEvent> after(long cursor) {
        synchronized (lock) {
            if (cursor >= head) {
                return List.of();
            }
            if (!recent.isEmpty() && recent.getFirst().seq() <= cursor + 1) {
                List<FeedEvent> out = new ArrayList<>();
                for (var it = recent.descendingIterator(); it.hasNext(); ) {
                    FeedEvent e = it.next();
                    if (e.seq() <= cursor) {
                        break;
                    }
                    out.add(e);
                }
                return out.reversed();
            }
        }
        return store.between(cursor, head, PAGE);
    }

    private final class Client {
        private final SseEventSink sink;
        private final Sse sse;
        private final AtomicInteger pending = new AtomicInteger();
        private long cursor; // guarded by this

        Client(SseEventSink sink, Sse sse, long cursor) {
            this.sink = sink;
            this.sse = sse;
            this.cursor = cursor;
        }

        synchronized void catchUp() {
            try {
                while (!sink.isClosed()) {
                    List<FeedEvent> events = after(cursor);
                    if (events.isEmpty()) {
                        return;
                    }
                    for (FeedEvent e : events) {
                        if (!send(sse.newEventBuilder().id(Long.toString(e.seq())).name(e.type()).data(e.payload()).build())) {
                            return;
                        }
                        cursor = e.seq();
                    }
                }
                clients.remove(this);
            } catch (RuntimeException e) {
                LOG.debugf("dropping an SSE client: %s", e.getMessage());
                close();
            }
        }

        synchronized void comment() {
            if (sink.isClosed()) {
                clients.remove(this);
            } else {
                send(sse.newEventBuilder().comment("keep-alive").build());
            }
        }

        /** Queues an event; a client with too many unacknowledged writes is dropped (it may resume). */
        boolean send(OutboundSseEvent event) {
            if (pending.incrementAndGet() > config.maxPendingPerStream()) {
                close();
                return false;
            }
            sink.send(event).whenComplete((ok, failure) -> {
                pending.decrementAndGet();
                if (failure != null) {
                    close();
                }
            });
            return true;
        }

        void close() {
            clients.remove(this);
            try {
                sink.close();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }
}
