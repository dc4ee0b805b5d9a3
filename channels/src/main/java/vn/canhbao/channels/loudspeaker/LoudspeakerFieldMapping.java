package vn.canhbao.channels.loudspeaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON names a vendor's broadcast gateway uses for each field of canhbao's loudspeaker contract
 * ({@code docs/loudspeaker-api.md}), so that a vendor whose API says {@code noi_dung}, {@code cum_loa} and
 * {@code so_lan_phat} is configured, not coded. A name may be a dotted path ({@code "data.id"}) into nested objects.
 *
 * <p>A {@code null} name takes the contract's name (so a property left unset keeps the default); an empty name means
 * the vendor has no such field and it is left out of the request. {@code clusterIds}, {@code text} and
 * {@code broadcastIdPath} cannot be left out.
 *
 * @param clusterIds the array of cluster ids (cụm loa) to play on
 * @param text the text the vendor reads with text-to-speech
 * @param voice the TTS voice code (giọng đọc)
 * @param audioUrl the URL of an MP3 to play instead of text (not sent by the adapter today)
 * @param repeat how many times the speakers play the script (số lần phát)
 * @param priority the priority field; the adapter sends {@code emergencyPriority} in it
 * @param schedule when to play; the adapter sends {@code "now"}
 * @param expiresAt after this instant the vendor must not start the broadcast
 * @param callbackUrl where the vendor posts the broadcast's outcome
 * @param reference our dispatch id, echoed back in the status and the callback
 * @param broadcastIdPath where the broadcast id is in the create answer, the status and the callback
 * @param statusPath where the broadcast status is in the status and the callback
 * @param errorCodePath where a machine-readable error code is in an error answer
 * @param errorMessagePath where a human-readable error message is in an error answer
 * @param emergencyPriority the value of {@code priority} that pre-empts scheduled programmes
 * @param invalidClusterCodes error codes that mean "no such cluster" (the address is wrong, not the request)
 * @param statusAliases the vendor's status words mapped to the contract's ({@code "da_phat" → "completed"})
 */
public record LoudspeakerFieldMapping(
        String clusterIds,
        String text,
        String voice,
        String audioUrl,
        String repeat,
        String priority,
        String schedule,
        String expiresAt,
        String callbackUrl,
        String reference,
        String broadcastIdPath,
        String statusPath,
        String errorCodePath,
        String errorMessagePath,
        String emergencyPriority,
        Set<String> invalidClusterCodes,
        Map<String, String> statusAliases) {

    /** The contract's own names: what a vendor implementing {@code docs/loudspeaker-api.md} as written uses. */
    public static final LoudspeakerFieldMapping DEFAULT = new LoudspeakerFieldMapping(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public LoudspeakerFieldMapping {
        clusterIds = orDefault(clusterIds, "clusterIds");
        text = orDefault(text, "text");
        voice = orDefault(voice, "voice");
        audioUrl = orDefault(audioUrl, "audioUrl");
        repeat = orDefault(repeat, "repeat");
        priority = orDefault(priority, "priority");
        schedule = orDefault(schedule, "schedule");
        expiresAt = orDefault(expiresAt, "expiresAt");
        callbackUrl = orDefault(callbackUrl, "callbackUrl");
        reference = orDefault(reference, "reference");
        broadcastIdPath = orDefault(broadcastIdPath, "id");
        statusPath = orDefault(statusPath, "status");
        errorCodePath = orDefault(errorCodePath, "error.code");
        errorMessagePath = orDefault(errorMessagePath, "error.message");
        emergencyPriority = orDefault(emergencyPriority, "emergency");
        invalidClusterCodes = invalidClusterCodes == null
                ? Set.of("invalid_cluster", "unknown_cluster")
                : Set.copyOf(invalidClusterCodes);
        statusAliases = statusAliases == null ? Map.of() : Map.copyOf(statusAliases);
    }

    /** Whether the vendor takes this field: its name is not empty. */
    static boolean sends(String name) {
        return !name.isBlank();
    }

    /** The problems with this mapping, each a sentence naming the field; empty when it is usable. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (clusterIds.isBlank()) {
            problems.add("mapping.clusterIds cannot be empty: every broadcast names its clusters");
        }
        if (text.isBlank()) {
            problems.add("mapping.text cannot be empty: the adapter sends text for text-to-speech");
        }
        if (broadcastIdPath.isBlank()) {
            problems.add("mapping.broadcastIdPath cannot be empty: receipts are matched by the broadcast id");
        }
        for (Map.Entry<String, String> alias : statusAliases.entrySet()) {
            if (BroadcastStatus.fromContract(alias.getValue()) == null) {
                problems.add("mapping.statusAliases maps " + alias.getKey() + " to " + alias.getValue()
                        + ", which is not one of " + BroadcastStatus.contractNames());
            }
        }
        return problems;
    }

    /** The contract status for a vendor's status word, or {@code null} when it is neither an alias nor a contract word. */
    BroadcastStatus status(String vendorStatus) {
        if (vendorStatus == null) {
            return null;
        }
        String contract = statusAliases.getOrDefault(vendorStatus, vendorStatus);
        return BroadcastStatus.fromContract(contract);
    }

    private static String orDefault(String name, String contractName) {
        return name == null ? contractName : name.strip();
    }
}
