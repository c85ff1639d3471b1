package io.nocvault.identity.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and its bearer scheme, so that Swagger UI's "Authorize" takes a token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI nocVaultOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("NocVault API")
                        .version("v1")
                        .description("Authenticate with a JWT from POST /api/v1/auth/login or a personal API token"
                                + " (nvt_…) from /account/tokens, sent as Authorization: Bearer <token>."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("JWT or personal API token")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
