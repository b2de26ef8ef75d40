package vn.thidua.integration;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1}: the bearer key scheme, and the problem
 * details every operation may answer with.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String KEY = "apiKey";

	private static final Map<String, String> PROBLEMS = Map.of("400",
			"Dữ liệu không hợp lệ, kèm errors [{field, message}] / Invalid input with field errors", "401",
			"Thiếu khóa, khóa sai hoặc đã thu hồi / Missing, unknown or revoked key", "403",
			"Khóa chỉ đọc hoặc không có quyền / Read-only key or not allowed", "404",
			"Không có hoặc ngoài phạm vi của khóa / Missing or outside the key's subtree", "409",
			"Phiên bản đã cũ / Stale version", "422", "Vi phạm quy định nghiệp vụ / A business rule refuses it", "429",
			"Vượt giới hạn; xem Retry-After / Rate limit exceeded; see Retry-After");

	@Bean
	OpenAPI thiDuaOpenApi() {
		return new OpenAPI().info(new Info().title("Thi Đua API").version("v1").description("""
				API tích hợp của Thi Đua: đơn vị, phong trào, cụm thi đua và kết quả chấm điểm, hồ sơ đề nghị, \
				quyết định và sổ khen thưởng. Xác thực bằng khóa API (Authorization: Bearer <khóa>); mọi dữ liệu \
				giới hạn trong cây đơn vị của khóa; lỗi theo RFC 9457 (application/problem+json), tiếng Việt mặc \
				định, tiếng Anh với Accept-Language: en.

				Thi Đua's integration API: units, movements, clusters and review results, proposals, decisions \
				and the award registry. Authenticate with an API key (Authorization: Bearer <key>); all data is \
				limited to the key's unit subtree; errors are RFC 9457 problem details, in Vietnamese by default \
				and in English with Accept-Language: en."""))
			.components(new Components().addSecuritySchemes(KEY,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("td_…")))
			.addSecurityItem(new SecurityRequirement().addList(KEY));
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		return openApi -> openApi.getPaths()
			.values()
			.forEach(path -> path.readOperations()
				.forEach(operation -> PROBLEMS.forEach((status, description) -> operation.getResponses()
					.putIfAbsent(status,
							new ApiResponse().description(description)
								.content(new Content().addMediaType("application/problem+json",
										new MediaType().schema(new ObjectSchema())))))));
	}

}
