package vn.canhbao.gateway;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.canhbao.gateway.local.PostSampleCommand;

/**
 * Starts canhbao. With no profile it runs in local mode: every dependency embedded, ready for a demo. With
 * {@code post-sample} as its first argument it posts the README's sample bulletin, dated now, to a running local
 * canhbao instead.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CanhbaoApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("post-sample")) {
            PostSampleCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(CanhbaoApplication.class, args);
    }
}
