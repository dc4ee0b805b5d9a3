package vn.canhbao.gateway.providers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.canhbao.channels.cbc.CbcConfig;
import vn.canhbao.channels.cbc.CellBroadcastAdapter;
import vn.canhbao.channels.simulator.EcbeSimulator;

/**
 * Cell broadcast, switched by {@code canhbao.channels.cbc.enabled} and configured from {@code canhbao.channels.cbc.*}:
 * canhbao is the Cell Broadcast Entity that hands each ward's warning to the carrier's CBC over its ECBE REST
 * interface ({@code CANHBAO_CBC_URL}). Where the ECBE simulator runs (local mode without a CBC of its own, tests), the
 * adapter sends to it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "canhbao.channels.cbc.enabled", havingValue = "true")
class CellBroadcastConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CellBroadcastConfiguration.class);

    @Bean
    CbcConfig cbcConfig(Environment environment, ObjectProvider<EcbeSimulator> simulator) {
        CbcConfig config = Binder.get(environment).bindOrCreate("canhbao.channels.cbc", CbcConfig.class);
        EcbeSimulator sim = simulator.getIfAvailable();
        if (sim != null && config.baseUrl() == null) {
            log.info("Cell broadcasts go to the ECBE simulator at {}", sim.baseUrl());
            return sim.adapterConfig(config).validate();
        }
        log.info("Cell broadcasts go to the CBC at {} as CBE '{}'", config.baseUrl(), config.cbeName());
        return config.validate();
    }

    @Bean(destroyMethod = "close")
    CellBroadcastAdapter cellBroadcastAdapter(CbcConfig config) {
        return new CellBroadcastAdapter(config);
    }
}
