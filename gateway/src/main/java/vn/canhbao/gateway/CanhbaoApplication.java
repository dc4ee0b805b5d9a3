package vn.canhbao.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts canhbao. With no profile it runs in local mode: every dependency embedded, ready for a demo. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CanhbaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(CanhbaoApplication.class, args);
    }
}
