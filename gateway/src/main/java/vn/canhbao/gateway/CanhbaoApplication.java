package vn.canhbao.gateway;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.canhbao.gateway.local.PostSampleCommand;

/**
 * Starts canhbao in the mode its profile names: {@code local} (everything embedded, for a demo or a trial;
 * {@code ./canhbao run}) or {@code prod} (an external Kafka cluster and PostgreSQL). Without a profile it refuses
 * (#17): a production server that lost its {@code SPRING_PROFILES_ACTIVE} must not come up in local mode with demo
 * wards and simulators. With {@code post-sample} as its first argument it posts the README's sample bulletin, dated
 * now, to a running local canhbao instead.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CanhbaoApplication {

    static final String NO_PROFILE = "canhbao needs a mode: start it with --spring.profiles.active=local (everything"
            + " embedded, for a demo or a trial; ./canhbao run does this) or --spring.profiles.active=prod (an external"
            + " Kafka cluster and PostgreSQL; see the README's Production section), or set SPRING_PROFILES_ACTIVE.";

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("post-sample")) {
            PostSampleCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication application = new SpringApplication(CanhbaoApplication.class);
        application.addListeners((ApplicationEnvironmentPreparedEvent prepared) -> {
            if (prepared.getEnvironment().getActiveProfiles().length == 0) {
                System.err.println(NO_PROFILE);
                System.exit(2);
            }
        });
        application.run(args);
    }
}
