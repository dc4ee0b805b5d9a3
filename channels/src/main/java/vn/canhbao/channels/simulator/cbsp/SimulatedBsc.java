package vn.canhbao.channels.simulator.cbsp;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a BSC does with the CBSP messages of a CBC, without the network: it serves a fixed list of cells, writes,
 * replaces and kills CBS messages in them, answers each request with its COMPLETE or FAILURE as 3GPP TS 48.049 §7
 * describes (element order as OsmoBSC sends them), and keeps what it received. {@link BscSimulator} puts it on a TCP
 * connection. Thread-safe.
 */
public final class SimulatedBsc {

    /** TS 48.049 §8.2.8: the repetition period counts in units of 1.883 s. */
    static final Duration REPETITION_UNIT = Duration.ofMillis(1883);

    private record MessageKey(int messageId, int serialNumber, int channel) {}

    private record Active(ReceivedBroadcast broadcast, Set<CellGlobalId> cells) {}

    private final List<CellGlobalId> cells;
    private final InstantSource clock;
    private final Map<MessageKey, Active> active = new LinkedHashMap<>();
    private final List<ReceivedBroadcast> broadcasts = new ArrayList<>();
    private final List<ReceivedKill> kills = new ArrayList<>();
    private int resets;
    private int keepAlives;

    public SimulatedBsc(List<CellGlobalId> cells, InstantSource clock) {
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a BSC serves at least one cell");
        }
        this.cells = List.copyOf(cells);
        this.clock = clock;
    }

    public List<CellGlobalId> cells() {
        return cells;
    }

    /**
     * What a BSC sends when its link to the CBC comes up, as OsmoBSC does: a RESTART for CBS over the whole BSS saying
     * that message data was lost, so a CBC that implements it may write its messages again.
     */
    public CbspMessage restart() {
        return CbspMessage.of(CbspMessageType.RESTART)
                .with(CbspElement.CELL_LIST, CellList.allInBss().encode())
                .withOctet(CbspElement.BROADCAST_MESSAGE_TYPE, 0)
                .withOctet(CbspElement.RECOVERY_INDICATION, 1);
    }

    /** Handles one message from the CBC and returns the answers to send back (none for an answer from the CBC). */
    public synchronized List<CbspMessage> receive(CbspMessage message) {
        return switch (message.type()) {
            case WRITE_REPLACE -> List.of(write(WriteReplace.from(message)));
            case KILL -> List.of(kill(Kill.from(message)));
            case RESET -> List.of(reset(message));
            case KEEP_ALIVE -> {
                keepAlives++;
                yield List.of(CbspMessage.of(CbspMessageType.KEEP_ALIVE_COMPLETE));
            }
            case MESSAGE_STATUS_QUERY -> List.of(status(message));
            case ERROR_INDICATION -> List.of();
            default ->
                List.of(CbspMessage.of(CbspMessageType.ERROR_INDICATION)
                        .withOctet(CbspElement.CAUSE, CbspCause.UNRECOGNISED_MESSAGE));
        };
    }

    private CbspMessage write(WriteReplace write) {
        Instant now = clock.instant();
        List<CellGlobalId> targeted =
                cells.stream().filter(write.cells()::covers).toList();
        List<byte[]> failures = new ArrayList<>(CellReports.notServed(write.cells(), cells));
        List<CellGlobalId> written = new ArrayList<>();
        Map<CellGlobalId, Integer> completed = new LinkedHashMap<>();
        MessageKey key = new MessageKey(write.messageId(), write.serialNumber().value(), write.channelIndicator());
        Active existing = active.get(key);
        Active replaced = write.oldSerialNumber() == null
                ? null
                : active.get(new MessageKey(
                        write.messageId(), write.oldSerialNumber().value(), write.channelIndicator()));
        for (CellGlobalId cell : targeted) {
            if (write.oldSerialNumber() != null
                    && (replaced == null || !replaced.cells().contains(cell))) {
                failures.add(CellReports.failure(cell, CbspCause.MESSAGE_REFERENCE_NOT_IDENTIFIED));
            } else if (existing != null && existing.cells().contains(cell)) {
                failures.add(CellReports.failure(cell, CbspCause.MESSAGE_REFERENCE_ALREADY_USED));
            } else {
                if (replaced != null) {
                    completed.put(cell, broadcastsCompleted(replaced.broadcast(), now));
                    replaced.cells().remove(cell);
                }
                written.add(cell);
            }
        }
        if (replaced != null && replaced.cells().isEmpty()) {
            active.values().remove(replaced);
        }
        if (!written.isEmpty()) {
            ReceivedBroadcast broadcast = ReceivedBroadcast.of(write, written, now);
            broadcasts.add(broadcast);
            active.put(key, new Active(broadcast, new LinkedHashSet<>(written)));
        }
        CbspMessage answer = CbspMessage.of(
                        failures.isEmpty()
                                ? CbspMessageType.WRITE_REPLACE_COMPLETE
                                : CbspMessageType.WRITE_REPLACE_FAILURE)
                .withShort(CbspElement.MESSAGE_IDENTIFIER, write.messageId())
                .withShort(CbspElement.NEW_SERIAL_NUMBER, write.serialNumber().value());
        if (write.oldSerialNumber() != null) {
            answer = answer.withShort(
                    CbspElement.OLD_SERIAL_NUMBER, write.oldSerialNumber().value());
        }
        if (!failures.isEmpty()) {
            answer = answer.with(CbspElement.FAILURE_LIST, CellReports.concat(failures));
        }
        if (!completed.isEmpty()) {
            answer = answer.with(CbspElement.NUMBER_OF_BROADCASTS_COMPLETED_LIST, CellReports.completedList(completed));
        }
        // OsmoCBC 0.4.0 keeps this list and names these cells in its KILL; libosmocore reads it unconditionally.
        answer = answer.with(CbspElement.CELL_LIST, CellList.of(written).encode());
        return write.emergency() ? answer : answer.withOctet(CbspElement.CHANNEL_INDICATOR, write.channelIndicator());
    }

    private CbspMessage kill(Kill kill) {
        Instant now = clock.instant();
        Active target =
                active.get(new MessageKey(kill.messageId(), kill.serialNumber().value(), kill.channelIndicator()));
        Map<CellGlobalId, Integer> completed = new LinkedHashMap<>();
        List<byte[]> failures = new ArrayList<>(CellReports.notServed(kill.cells(), cells));
        for (CellGlobalId cell : cells) {
            if (!kill.cells().covers(cell)) {
                continue;
            }
            if (target != null && target.cells().remove(cell)) {
                completed.put(cell, broadcastsCompleted(target.broadcast(), now));
            } else {
                failures.add(CellReports.failure(cell, CbspCause.MESSAGE_REFERENCE_NOT_IDENTIFIED));
            }
        }
        if (target != null && target.cells().isEmpty()) {
            active.values().remove(target);
        }
        List<CellGlobalId> stopped = List.copyOf(completed.keySet());
        kills.add(new ReceivedKill(kill.messageId(), kill.serialNumber(), stopped, now));
        CbspMessage answer = CbspMessage.of(
                        failures.isEmpty() ? CbspMessageType.KILL_COMPLETE : CbspMessageType.KILL_FAILURE)
                .withShort(CbspElement.MESSAGE_IDENTIFIER, kill.messageId())
                .withShort(CbspElement.OLD_SERIAL_NUMBER, kill.serialNumber().value());
        if (!failures.isEmpty()) {
            answer = answer.with(CbspElement.FAILURE_LIST, CellReports.concat(failures));
        }
        if (!completed.isEmpty()) {
            answer = answer.with(CbspElement.NUMBER_OF_BROADCASTS_COMPLETED_LIST, CellReports.completedList(completed));
        }
        // libosmocore's KILL COMPLETE decoder requires the cell list, though the spec makes it optional.
        answer = answer.with(CbspElement.CELL_LIST, CellList.of(stopped).encode());
        return kill.channelIndicator() < 0
                ? answer
                : answer.withOctet(CbspElement.CHANNEL_INDICATOR, kill.channelIndicator());
    }

    private CbspMessage reset(CbspMessage reset) {
        CellList requested = CellList.decode(reset.first(CbspElement.CELL_LIST)
                .orElseThrow(() -> new IllegalArgumentException("RESET without cell list")));
        resets++;
        active.values().forEach(message -> message.cells().removeIf(requested::covers));
        active.values().removeIf(message -> message.cells().isEmpty());
        CellList done = requested.discriminator() == CellDiscriminator.ALL_IN_BSS
                ? requested
                : CellList.of(cells.stream().filter(requested::covers).toList());
        return CbspMessage.of(CbspMessageType.RESET_COMPLETE).with(CbspElement.CELL_LIST, done.encode());
    }

    private CbspMessage status(CbspMessage query) {
        int messageId = query.required(CbspElement.MESSAGE_IDENTIFIER);
        int serial = query.required(CbspElement.OLD_SERIAL_NUMBER);
        int channel = query.required(CbspElement.CHANNEL_INDICATOR);
        Active target = active.get(new MessageKey(messageId, serial, channel));
        CbspMessage answer;
        if (target == null) {
            answer = CbspMessage.of(CbspMessageType.MESSAGE_STATUS_QUERY_FAILURE)
                    .withShort(CbspElement.MESSAGE_IDENTIFIER, messageId)
                    .withShort(CbspElement.OLD_SERIAL_NUMBER, serial)
                    .with(
                            CbspElement.FAILURE_LIST,
                            CellReports.concat(cells.stream()
                                    .map(cell -> CellReports.failure(cell, CbspCause.MESSAGE_REFERENCE_NOT_IDENTIFIED))
                                    .toList()));
        } else {
            Map<CellGlobalId, Integer> completed = new LinkedHashMap<>();
            Instant now = clock.instant();
            target.cells().forEach(cell -> completed.put(cell, broadcastsCompleted(target.broadcast(), now)));
            answer = CbspMessage.of(CbspMessageType.MESSAGE_STATUS_QUERY_COMPLETE)
                    .withShort(CbspElement.MESSAGE_IDENTIFIER, messageId)
                    .withShort(CbspElement.OLD_SERIAL_NUMBER, serial)
                    .with(CbspElement.NUMBER_OF_BROADCASTS_COMPLETED_LIST, CellReports.completedList(completed));
        }
        return answer.withOctet(CbspElement.CHANNEL_INDICATOR, channel);
    }

    /**
     * How often a cell has sent the message by {@code now}: once when written, then once per repetition period, up to
     * the number requested (0 asks for no limit); at most 65535, the field's range.
     */
    static int broadcastsCompleted(ReceivedBroadcast broadcast, Instant now) {
        long period = REPETITION_UNIT.toMillis() * Math.max(1, broadcast.repetitionPeriod());
        long elapsed = Math.max(0, Duration.between(broadcast.receivedAt(), now).toMillis());
        long sent = 1 + elapsed / period;
        if (broadcast.broadcastsRequested() > 0) {
            sent = Math.min(sent, broadcast.broadcastsRequested());
        }
        return (int) Math.min(sent, 0xffff);
    }

    /** Every message it wrote, in the order the WRITE-REPLACEs came. */
    public synchronized List<ReceivedBroadcast> broadcasts() {
        return List.copyOf(broadcasts);
    }

    /** The messages it broadcasts now (written, not yet replaced, killed or reset), with their cells. */
    public synchronized Map<ReceivedBroadcast, List<CellGlobalId>> active() {
        Map<ReceivedBroadcast, List<CellGlobalId>> now = new LinkedHashMap<>();
        active.values().forEach(message -> now.put(message.broadcast(), List.copyOf(message.cells())));
        return now;
    }

    /** Every KILL it received, in order. */
    public synchronized List<ReceivedKill> kills() {
        return List.copyOf(kills);
    }

    /** How many RESETs it answered; the first follows every connection to OsmoCBC. */
    public synchronized int resets() {
        return resets;
    }

    public synchronized int keepAlives() {
        return keepAlives;
    }
}
