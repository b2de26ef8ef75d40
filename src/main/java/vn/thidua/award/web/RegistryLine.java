package vn.thidua.award.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.thidua.award.AwardRow;

/**
 * A row of the registry's table as the page shows it, worked out in Java so that the
 * template only prints it: fifty rows of link, message and date expressions were most of
 * the page's rendering cost (docs/benchmarks.md, "Render cost per request"). Public
 * because Thymeleaf reads {@code th:href} in restricted mode, with Spring's own accessors
 * only, and those compile reads of public types only: package-private, the link was
 * interpreted on every row.
 *
 * @param href the person's page, or the unit's for a collective award
 * @param type the award type and kind, "Bằng khen · Khen thường xuyên"
 * @param decision the decision's number and date, as {@code registry.decisionLine} words
 * them
 */
public record RegistryLine(String href, String subjectName, boolean revoked, String type, int year, String decision,
		String issuerName) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static List<RegistryLine> of(List<AwardRow> rows, MessageSource messages, Locale locale, String contextPath) {
		return rows.stream().map(row -> of(row, messages, locale, contextPath)).toList();
	}

	private static RegistryLine of(AwardRow row, MessageSource messages, Locale locale, String contextPath) {
		String href = row.personId() != null ? contextPath + "/people/" + row.personId()
				: contextPath + "/registry/units/" + row.unitId();
		String type = message(messages, "AwardType." + row.awardType(), locale) + " · "
				+ message(messages, "AwardKind." + row.kind(), locale);
		String decision = messages.getMessage("registry.decisionLine",
				new Object[] { row.decisionNumber(), DATE.format(row.decisionDate()) }, locale);
		return new RegistryLine(href, row.subjectName(), row.revoked(), type, row.year(), decision, row.issuerName());
	}

	/** As a template's {@code #{...}} shows a key no bundle holds. */
	static String message(MessageSource messages, String key, Locale locale) {
		String text = messages.getMessage(key, null, null, locale);
		return text != null ? text : "??" + key + "_" + locale + "??";
	}

}
