package vn.canhbao.gateway.pipeline;

import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.alert.MessageType;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.DispatchKey;
import vn.canhbao.core.message.MessageRenderer;
import vn.canhbao.core.message.RenderedMessage;
import vn.canhbao.core.message.SmsPolicy;
import vn.canhbao.gateway.alerts.AlertIssued;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.AlertState;
import vn.canhbao.gateway.alerts.StoredAlert;
import vn.canhbao.gateway.messaging.Topics;
import vn.canhbao.gateway.registry.WardPolicyRepository;

/**
 * Turns an issued alert into dispatches: the audience ({@link AudiencePlanner}), one text per channel, one dispatch row
 * per target. The urgent lane (loudspeakers and leaders) is read, then written and put on its topics a chunk at a time,
 * before the first resident is read; the residents follow a page at a time, each page written and on its topics before
 * the next is read. So the first leader's message does not wait for the ward, and memory does not grow with it. The
 * residents' pages wait a moment ({@code canhbao.pipeline.urgent-head-start}) for the urgent lane to be handed over, so
 * that those who pass the warning on do not share the machine with a whole ward's bookkeeping while theirs is sent; a
 * lane that stands still for a second, with nothing of it being sent, ends the wait. Planning an alert twice writes
 * nothing new and only puts the still-unsent dispatches on the topics again, so a redelivered record is harmless; one
 * interrupted half-way is not marked planned, and planning it again adds what it had not written.
 */
@Component
class AlertPlanner {

    private static final Logger log = LoggerFactory.getLogger(AlertPlanner.class);

    /** How long the urgent lane may stand still before the residents stop waiting for it. */
    private static final Duration URGENT_STALL = Duration.ofSeconds(1);

    private final AlertRepository alerts;
    private final AudiencePlanner audience;
    private final WardPolicyRepository policies;
    private final DispatchRepository dispatches;
    private final DispatchPublisher publisher;
    private final ChannelAdapters adapters;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final MessageRenderer renderer = new MessageRenderer();
    private final PipelineMetrics metrics;
    private final Timer planTimer;
    private final int page;
    private final int urgentChunk;
    private final Duration urgentHeadStart;

    @Autowired
    AlertPlanner(
            AlertRepository alerts,
            AudiencePlanner audience,
            WardPolicyRepository policies,
            DispatchRepository dispatches,
            DispatchPublisher publisher,
            ChannelAdapters adapters,
            TransactionTemplate tx,
            JsonMapper json,
            PipelineMetrics metrics,
            PipelineProperties properties) {
        this.alerts = alerts;
        this.audience = audience;
        this.policies = policies;
        this.dispatches = dispatches;
        this.publisher = publisher;
        this.adapters = adapters;
        this.tx = tx;
        this.json = json;
        this.metrics = metrics;
        this.planTimer = metrics.stage("plan");
        this.page = properties.planningPage();
        this.urgentChunk = properties.urgentChunk();
        this.urgentHeadStart = properties.urgentHeadStart();
    }

    @KafkaListener(id = "alert-planner", topics = Topics.ALERTS, groupId = "canhbao-planner")
    void onAlerts(List<ConsumerRecord<String, String>> records) {
        List<AlertId> ids = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            try {
                ids.add(new AlertId(
                        json.readValue(record.value(), AlertIssued.class).alertId()));
            } catch (RuntimeException e) {
                metrics.unreadable(Topics.ALERTS);
                log.error(
                        "Skipping unreadable record at {}-{}@{}", record.topic(), record.partition(), record.offset());
            }
        }
        planAll(ids);
    }

    /** Plans one alert; safe to call again for the same alert. */
    void plan(AlertId id) {
        planAll(List.of(id));
    }

    /**
     * Plans alerts that arrived together (one bulletin for many wards is one alert per ward): the urgent tier of every
     * one of them first, then, after the urgent lanes' head start, their residents. No ward's leaders wait for another
     * ward's residents.
     */
    void planAll(List<AlertId> ids) {
        List<Started> started = new ArrayList<>(ids.size());
        for (AlertId id : ids) {
            Started s = start(id);
            if (s != null) {
                started.add(s);
            }
        }
        List<AlertId> waitingFor = started.stream()
                .filter(s -> !s.alertUrgent())
                .map(s -> s.alert().id())
                .toList();
        if (!waitingFor.isEmpty()) {
            awaitUrgentLanes(waitingFor);
        }
        started.forEach(this::finish);
    }

    /** An alert whose urgent tier is written and on its topics, its residents still to plan. */
    private record Started(
            StoredAlert stored,
            Alert alert,
            Map<Channel, RenderedMessage> messages,
            boolean alertUrgent,
            long startNanos) {}

    /** The texts, then the urgent tier; null when there is nothing (more) to plan. */
    private Started start(AlertId id) {
        long start = System.nanoTime();
        StoredAlert stored = alerts.find(id).orElse(null);
        if (stored == null || stored.state() == AlertState.DRAFT) {
            log.warn("Alert {} is not issued; nothing to plan", id);
            return null;
        }
        Alert alert = stored.alert();
        Set<Channel> channels = adapters.channels();
        if (stored.state() == AlertState.PLANNED) {
            // Planned before: only what is still unsent goes on the topics again.
            for (Channel channel : channels) {
                publisher.publish(dispatches.claimableOf(id, channel));
            }
            return null;
        }
        Map<Channel, RenderedMessage> messages = messages(alert, channels);
        // A cancel and a level 4-5 alert go to everyone in the urgent lane; the leaders and loudspeakers still first.
        boolean alertUrgent = alert.messageType() == MessageType.CANCEL
                || alert.risk().map(r -> r.number() >= 4).orElse(false);
        List<Target> urgent = audience.urgent(alert, channels);
        for (int from = 0; from < urgent.size(); from += urgentChunk) {
            List<Target> chunk = urgent.subList(from, Math.min(urgent.size(), from + urgentChunk));
            writeAndPublish(queued(alert, messages, alertUrgent, chunk));
        }
        return new Started(stored, alert, messages, alertUrgent, start);
    }

    /** The residents, a page at a time, then the alert is planned. */
    private void finish(Started s) {
        audience.rest(
                s.alert(),
                adapters.channels(),
                page,
                targets -> writeAndPublish(queued(s.alert(), s.messages(), s.alertUrgent(), targets)));
        alerts.markPlanned(s.alert().id());
        planTimer.record(Duration.ofNanos(System.nanoTime() - s.startNanos()));
        metrics.issueToPlanned(s.stored(), Instant.now());
    }

    /**
     * The text per channel, saved with the alert; a cancel first stops what the alerts it cancels have not sent, so
     * nothing of theirs leaves after the cancel's first message does.
     */
    private Map<Channel, RenderedMessage> messages(Alert alert, Set<Channel> channels) {
        AlertId id = alert.id();
        // The same choice the officer's preview showed (AlertPreviews): the ward's policy decides which SMS is sent.
        SmsPolicy smsPolicy = policies.smsPolicy(alert.wardCode());
        Map<Channel, RenderedMessage> messages = new EnumMap<>(Channel.class);
        tx.executeWithoutResult(status -> {
            alerts.lockForPlanning(id);
            if (alert.messageType() == MessageType.CANCEL) {
                int stopped = dispatches.cancelPending(alert.references());
                log.info("Cancel {} stopped {} unsent dispatches of {}", id, stopped, alert.references());
            }
            for (Channel channel : channels) {
                RenderedMessage message = renderer.render(alert, channel, smsPolicy);
                alerts.saveMessage(id, channel, message);
                messages.put(channel, message);
            }
        });
        return messages;
    }

    private static List<QueuedDispatch> queued(
            Alert alert, Map<Channel, RenderedMessage> messages, boolean alertUrgent, List<Target> targets) {
        List<QueuedDispatch> queued = new ArrayList<>(targets.size());
        for (Target t : targets) {
            RenderedMessage message = messages.get(t.channel());
            queued.add(new QueuedDispatch(
                    new Dispatch(
                            new DispatchKey(alert.id(), t.id(), t.channel()).dispatchId(),
                            alert.id(),
                            t.id(),
                            t.channel(),
                            t.tier(),
                            t.address(),
                            message.title(),
                            message.body(),
                            0,
                            alert.expires()),
                    alertUrgent || t.tier().urgent()));
        }
        return queued;
    }

    /**
     * Waits until the alerts' urgent dispatches are no longer waiting or being sent, for as long as they keep moving:
     * a lane that is down stops the wait a second after the last urgent dispatch moved, and no wait is longer than
     * {@code urgentHeadStart}. A dispatch being sent is work under way, not a lane down, however long its round of
     * sends takes (seconds, for a batch of pushes in a large ward): a wait that ended a second after its claim put a
     * whole ward's planning beside the leaders' messages (docs/performance.md, sixth round). The residents' pages are planned after it in any case.
     */
    private void awaitUrgentLanes(List<AlertId> ids) {
        long now = System.nanoTime();
        long deadline = now + urgentHeadStart.toNanos();
        long lastMove = now;
        long planned = Long.MAX_VALUE;
        long inFlight = Long.MAX_VALUE;
        try {
            while (now < deadline && now - lastMove < URGENT_STALL.toNanos()) {
                DispatchRepository.UrgentInFlight n = dispatches.urgentInFlight(ids);
                if (n.total() == 0) {
                    return;
                }
                if (n.sending() > 0 || n.planned() < planned || n.total() < inFlight) {
                    planned = Math.min(planned, n.planned());
                    inFlight = Math.min(inFlight, n.total());
                    lastMove = now;
                }
                Thread.sleep(20);
                now = System.nanoTime();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Writes one page's dispatch rows, then puts them on their topics. Rows written by an earlier, interrupted
     * planning of the same alert are left as they are; putting them on a topic again is harmless, as the dispatcher
     * claims each row once.
     */
    private void writeAndPublish(List<QueuedDispatch> page) {
        if (page.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            dispatches.insertPlanned(page);
            // The sweeper leaves an alert alone while its planning moves (a ward of 300,000 takes minutes).
            alerts.planningMoved(page.getFirst().dispatch().alertId());
        });
        publisher.publish(page);
        metrics.planned(page.stream().map(QueuedDispatch::dispatch).toList());
    }
}
