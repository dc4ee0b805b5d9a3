package vn.canhbao.gateway.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs}: what the API does and the two ways in. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI canhbaoOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("canhbao API")
                        .version("v1")
                        .description("Cảnh báo thiên tai đến từng người dân: upstream CAP bulletins, officers' alerts"
                                + " (draft, approve, issue, cancel), delivery progress, the ward registry and the audit"
                                + " log. Errors are application/problem+json with an errors array of {path, message}."))
                .components(new Components()
                        .addSecuritySchemes(
                                "apiKey",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("X-Api-Key")
                                        .description("Upstream systems and automation"))
                        .addSecuritySchemes(
                                "officer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("Ward and province officers, approvers, administrators")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"))
                .addSecurityItem(new SecurityRequirement().addList("officer"));
    }
}
