package vn.thidua.cluster.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.cluster.ClusterYear;
import vn.thidua.unit.UnitRow;

/**
 * A year's members as comma-separated unit codes, its leader and deputy by code.
 */
record YearForm(@NotNull @Min(1945) @Max(2100) Integer year, @NotBlank @Size(max = 4000) String members,
		@NotBlank @Size(max = 40) String leaderCode, @Nullable @Size(max = 40) String deputyCode,
		@Nullable Long version) {

	static YearForm next(int year, @Nullable ClusterYear latest, Map<Long, UnitRow> units) {
		return new YearForm(year, latest == null ? "" : codes(latest, units), "", null, null);
	}

	static YearForm from(ClusterYear year, Map<Long, UnitRow> units) {
		Long deputy = year.getDeputyUnitId();
		return new YearForm(year.getYear(), codes(year, units), units.get(year.getLeaderUnitId()).code(),
				deputy == null ? null : units.get(deputy).code(), year.getVersion());
	}

	List<String> memberCodes() {
		return Arrays.stream(members.split("[,;\\s]+")).filter(code -> !code.isBlank()).distinct().toList();
	}

	private static String codes(ClusterYear year, Map<Long, UnitRow> units) {
		return year.getMembers()
			.stream()
			.map(units::get)
			.sorted(Comparator.comparing(UnitRow::code))
			.map(UnitRow::code)
			.collect(Collectors.joining(", "));
	}

}
