package vn.thidua.report;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardLevel;
import vn.thidua.award.Subject;

/**
 * The registry list behind a figure: the same filters as the statistic, valid awards
 * only, so the list holds exactly the awards counted.
 */
record RegistryLink(String unitCode, @Nullable String type, @Nullable AwardLevel level, @Nullable AwardKind kind,
		@Nullable Long movement, LocalDate from, LocalDate to, @Nullable List<Long> within, boolean only,
		boolean today) {

	RegistryLink withUnit(String code, boolean alone) {
		return new RegistryLink(code, type, level, kind, movement, from, to, within, alone, today);
	}

	RegistryLink withType(String code) {
		return new RegistryLink(unitCode, code, level, kind, movement, from, to, within, only, today);
	}

	RegistryLink withLevel(AwardLevel value) {
		return new RegistryLink(unitCode, type, value, kind, movement, from, to, within, only, today);
	}

	RegistryLink withKind(AwardKind value) {
		return new RegistryLink(unitCode, type, level, value, movement, from, to, within, only, today);
	}

	RegistryLink withMovement(long id) {
		return new RegistryLink(unitCode, type, level, kind, id, from, to, within, only, today);
	}

	RegistryLink withDates(LocalDate first, LocalDate last) {
		return new RegistryLink(unitCode, type, level, kind, movement, first, last, within, only, today);
	}

	RegistryLink withMembers(List<Long> members) {
		return new RegistryLink(unitCode, type, level, kind, movement, from, to, members, only, today);
	}

	String to(@Nullable Subject subject) {
		var uri = UriComponentsBuilder.fromPath("/registry").queryParam("unit", unitCode);
		put(uri, "type", type);
		put(uri, "subject", subject);
		put(uri, "level", level);
		put(uri, "kind", kind);
		put(uri, "movement", movement);
		uri.queryParam("from", from).queryParam("to", to).queryParam("valid", true);
		if (within != null) {
			uri.queryParam("within", within.isEmpty() ? List.of(-1L).toArray() : within.toArray());
		}
		if (only) {
			uri.queryParam("only", true);
		}
		if (today) {
			uri.queryParam("today", true);
		}
		return uri.encode().build().toUriString();
	}

	private static void put(UriComponentsBuilder uri, String name, @Nullable Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

}
