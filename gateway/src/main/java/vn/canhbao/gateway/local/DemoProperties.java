package vn.canhbao.gateway.local;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo data of local mode.
 *
 * @param residentsPerWard how many people (leaders included) each demo ward has
 */
@ConfigurationProperties("canhbao.demo")
public record DemoProperties(boolean enabled, int residentsPerWard) {}
