package vn.thidua.cluster;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

public record CriterionDefinition(String groupName, String name, CriterionKind kind, BigDecimal maxPoints,
		@Nullable String guidance, @Nullable Long targetId) {

}
