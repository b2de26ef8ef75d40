package vn.thidua.award.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

import vn.thidua.award.AwardFilter;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardLevel;
import vn.thidua.award.Subject;

/**
 * The filters a statistic's figure carries to the registry so that its list holds exactly
 * the awards counted: subject, kind, level, movement, the decision dates, only valid
 * awards, and the units whose subtrees count (a cluster's members).
 */
record Drilldown(@Nullable Subject subject, @Nullable AwardKind kind, @Nullable AwardLevel level,
		@Nullable Long movement, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Boolean valid,
		@Nullable List<Long> within, @Nullable Boolean only, @Nullable Boolean today) {

	static final Drilldown NONE = new Drilldown(null, null, null, null, null, null, null, null, null, null);

	boolean active() {
		return subject != null || kind != null || level != null || movement != null || from != null || to != null
				|| Boolean.TRUE.equals(valid) || within != null || Boolean.TRUE.equals(only)
				|| Boolean.TRUE.equals(today);
	}

	AwardFilter filter(@Nullable String q, @Nullable Long unitId, @Nullable Integer year, @Nullable String type,
			@Nullable String before) {
		return new AwardFilter(q, unitId, year, type, before, subject, kind, level, movement, from, to,
				Boolean.TRUE.equals(valid), within, Boolean.TRUE.equals(only), Boolean.TRUE.equals(today));
	}

	/**
	 * An address of the registry (its page or an export) with these filters and the
	 * look-up's own.
	 */
	String link(String path, @Nullable String q, @Nullable String unit, @Nullable Integer year, @Nullable String type,
			@Nullable String before) {
		var uri = UriComponentsBuilder.fromPath(path);
		put(uri, "q", q);
		put(uri, "unit", unit);
		put(uri, "year", year);
		put(uri, "type", type);
		put(uri, "subject", subject);
		put(uri, "kind", kind);
		put(uri, "level", level);
		put(uri, "movement", movement);
		put(uri, "from", from);
		put(uri, "to", to);
		put(uri, "valid", Boolean.TRUE.equals(valid) ? true : null);
		if (within != null) {
			uri.queryParam("within", within.toArray());
		}
		put(uri, "only", Boolean.TRUE.equals(only) ? true : null);
		put(uri, "today", Boolean.TRUE.equals(today) ? true : null);
		put(uri, "before", before);
		return uri.encode().build().toUriString();
	}

	private static void put(UriComponentsBuilder uri, String name, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			uri.queryParam(name, value);
		}
	}

}
