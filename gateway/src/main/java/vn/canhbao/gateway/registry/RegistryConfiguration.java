package vn.canhbao.gateway.registry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.canhbao.core.area.WardDirectory;

/** The bundled list of provinces and wards (34 and 3,321 after the 2025 reform). */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    @Bean
    WardDirectory wardDirectory() {
        return WardDirectory.bundled();
    }
}
