package vn.canhbao.gateway.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.channels.firebase.FirebaseConfig;
import vn.canhbao.channels.loudspeaker.LoudspeakerConfig;
import vn.canhbao.channels.twilio.TwilioConfig;
import vn.canhbao.channels.zalo.ZaloConfig;

/**
 * What the prod profile reads, from {@code application.yml} and {@code application-prod.yml} as built: the environment
 * variables their placeholders name, the properties that exist (so that an environment variable may name one by
 * Spring's relaxed binding), which variables prod cannot start without, and a property's value under a given
 * environment. The deployment files are checked against it.
 */
final class ProdSettings {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    /**
     * Read by code rather than by a placeholder: prod refuses to start without it (SubscriptionSecret,
     * MissingSubscriptionSecretAnalyzer).
     */
    static final String SUBSCRIPTION_SECRET = "CANHBAO_SUBSCRIPTION_SECRET";

    private final Map<String, Object> defaults = flatten(load("application.yml"));
    private final Map<String, Object> prod = flatten(load("application-prod.yml"));
    private final Set<String> placeholders = new TreeSet<>();
    private final Set<String> propertyEnvNames = new HashSet<>();

    ProdSettings() {
        for (Map<String, Object> file : List.of(defaults, prod)) {
            file.forEach((key, value) -> {
                propertyEnvNames.add(envName(key));
                Matcher m = PLACEHOLDER.matcher(String.valueOf(value));
                while (m.find()) {
                    if (ENV_NAME.matcher(m.group(1)).matches()) {
                        placeholders.add(m.group(1));
                    }
                }
            });
        }
        springBootProperties().forEach(name -> propertyEnvNames.add(envName(name)));
        canhbaoProperties().forEach(name -> propertyEnvNames.add(envName(name)));
    }

    /** The environment variables the two files' placeholders name. */
    Set<String> placeholders() {
        return Collections.unmodifiableSet(placeholders);
    }

    /** Whether the service reads an environment variable: a placeholder, or a property's relaxed-binding name. */
    boolean reads(String envName) {
        return placeholders.contains(envName) || propertyEnvNames.contains(envName);
    }

    /**
     * What prod cannot start without: each entry is a set of alternatives, one of which must be set ({@code ${A:${B}}}
     * needs A or B).
     */
    List<Set<String>> required() {
        List<Set<String>> required = new java.util.ArrayList<>();
        for (Object value : prod.values()) {
            Set<String> alternatives = new TreeSet<>();
            String rest = String.valueOf(value);
            while (true) {
                Matcher m = Pattern.compile("^\\$\\{([A-Z0-9_]+)(?::(.*))?}$").matcher(rest);
                if (!m.matches()) {
                    alternatives.clear();
                    break;
                }
                alternatives.add(m.group(1));
                if (m.group(2) == null) {
                    break;
                }
                rest = m.group(2);
            }
            if (!alternatives.isEmpty()) {
                required.add(alternatives);
            }
        }
        required.add(Set.of(SUBSCRIPTION_SECRET));
        // SMS is on wherever canhbao runs (application.yml), and TwilioConfig.validate refuses a start without these.
        if ("true".equals(value("canhbao.channels.twilio.enabled", Map.of()))) {
            required.add(Set.of("TWILIO_ACCOUNT_SID"));
            required.add(Set.of("TWILIO_AUTH_TOKEN"));
            required.add(Set.of("TWILIO_MESSAGING_SERVICE_SID", "TWILIO_FROM"));
        }
        return required;
    }

    /** A property's value in prod under {@code env}: the environment wins, then prod's file, then the defaults. */
    String value(String property, Map<String, String> env) {
        String direct = env.get(envName(property));
        if (direct != null) {
            return direct;
        }
        Object raw = prod.containsKey(property) ? prod.get(property) : defaults.get(property);
        return raw == null ? null : resolve(String.valueOf(raw), env);
    }

    private String resolve(String value, Map<String, String> env) {
        Matcher m = Pattern.compile("^\\$\\{([A-Za-z0-9_.-]+)(?::(.*))?}$").matcher(value);
        if (!m.matches()) {
            return value;
        }
        String name = m.group(1);
        String set = ENV_NAME.matcher(name).matches() ? env.get(name) : value(name, env);
        if (set != null) {
            return set;
        }
        return m.group(2) == null ? null : resolve(m.group(2), env);
    }

    /** Spring's relaxed binding from the environment: {@code canhbao.kafka.replication-factor} → CANHBAO_KAFKA_REPLICATIONFACTOR. */
    static String envName(String property) {
        return property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private static Map<String, Object> load(String resource) {
        try (InputStream in = ProdSettings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> flatten(Map<String, Object> tree) {
        Map<String, Object> flat = new LinkedHashMap<>();
        tree.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                flatten((Map<String, Object>) nested).forEach((k, v) -> flat.put(key + "." + k, v));
            } else {
                flat.put(key, value);
            }
        });
        return flat;
    }

    /** Every property Spring Boot's modules document (their configuration metadata). */
    private static Set<String> springBootProperties() {
        Set<String> names = new HashSet<>();
        JsonMapper json = JsonMapper.builder().build();
        try {
            for (URL url : Collections.list(
                    ProdSettings.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
                try (InputStream in = url.openStream()) {
                    JsonNode properties = json.readTree(in).get("properties");
                    if (properties != null) {
                        properties.forEach(p -> names.add(p.get("name").asString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** canhbao's own properties: its {@code @ConfigurationProperties} records and the providers' config records. */
    private static Set<String> canhbaoProperties() {
        Set<String> names = new HashSet<>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (var candidate : scanner.findCandidateComponents("vn.canhbao.gateway")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
            addComponents(prefix, type, names);
        }
        // Bound by ChannelsConfiguration under canhbao.channels.<provider>.
        addComponents("canhbao.channels.twilio", TwilioConfig.class, names);
        addComponents("canhbao.channels.zalo", ZaloConfig.class, names);
        addComponents("canhbao.channels.firebase", FirebaseConfig.class, names);
        addComponents("canhbao.channels.loudspeaker", LoudspeakerConfig.class, names);
        return names;
    }

    private static void addComponents(String prefix, Class<?> type, Set<String> names) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "."
                    + component
                            .getName()
                            .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                            .toLowerCase(Locale.ROOT);
            names.add(name);
            addComponents(name, component.getType(), names);
        }
    }
}
