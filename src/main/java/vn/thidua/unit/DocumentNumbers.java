package vn.thidua.unit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of a unit's outgoing document numbers (sổ đăng ký văn bản đi). Each unit
 * numbers each kind of document from 01 every year, as "<n>/<kind>-<symbol>"
 * ("01/QĐ-UBND", "12/TTr-SNV", "03/BC-UBND"), the symbol being the unit's own (see
 * {@link UnitCatalog#signing(long)}). A number is unique for its unit within its year.
 * <p>
 * Use: show {@link #next(long, NumberedKind, int)} as the default of the number field
 * (the officer may change it), then, in the transaction that issues the document, call
 * {@link #record(long, NumberedKind, int, String, String)} with the number finally
 * chosen, and refuse the document when it answers false: the number was given that year,
 * maybe by an officer issuing at the same moment (the second waits for the first). A
 * number typed higher than the suggestion moves the next suggestion past it.
 */
@Service
@Transactional
public class DocumentNumbers {

	private static final Pattern LEADING_NUMBER = Pattern.compile("^0*([1-9][0-9]{0,8})\\s*(?=/|$)");

	private final JdbcClient jdbc;

	private final UnitCatalog catalog;

	DocumentNumbers(JdbcClient jdbc, UnitCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/**
	 * The number the unit's next document of a kind takes in a year: one more than the
	 * highest of its series that year, skipping a number taken by hand; "01/QĐ-UBND" for
	 * the first of the year.
	 */
	@Transactional(readOnly = true)
	public String next(long unitId, NumberedKind kind, int year) {
		String symbol = catalog.signing(unitId).symbol();
		int sequence = jdbc.sql("""
				select coalesce(max(sequence), 0) + 1 from document_number
				where unit_id = ? and series = ? and year = ?
				""").params(unitId, kind.series(), year).query(Integer.class).single();
		String number = format(sequence, kind, symbol);
		while (taken(unitId, year, number)) {
			number = format(++sequence, kind, symbol);
		}
		return number;
	}

	/**
	 * Whether a unit already gave this number (letter case aside) in a year.
	 */
	@Transactional(readOnly = true)
	public boolean taken(long unitId, int year, String number) {
		return jdbc.sql(
				"select exists (select 1 from document_number where unit_id = ? and year = ? and lower(number) = lower(?))")
			.params(unitId, year, number.strip())
			.query(Boolean.class)
			.single();
	}

	/**
	 * Records the number a unit gave a document, in the caller's transaction (rolled back
	 * with it), and answers whether it was free. It was not when the unit gave the
	 * number, or another with the same sequence in the same series ("5/QĐ-UBND" and
	 * "05/QĐ-UBND"), that year; a concurrent transaction recording the same number makes
	 * this one wait until it ends, then answers false if it committed. The caller refuses
	 * its document then, with its own message.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean record(long unitId, NumberedKind kind, int year, String number, String recordedBy) {
		String given = number.strip();
		int inserted = jdbc.sql("""
				insert into document_number (unit_id, kind, series, year, sequence, number, recorded_by)
				values (:unit, :kind, :series, :year, :sequence, :number, :by)
				on conflict do nothing
				""")
			.param("unit", unitId)
			.param("kind", kind.name())
			.param("series", kind.series())
			.param("year", year)
			.param("sequence", sequenceOf(given))
			.param("number", given)
			.param("by", recordedBy)
			.update();
		return inserted > 0;
	}

	/**
	 * "01/QĐ-UBND": the sequence with at least two digits, the kind's abbreviation and
	 * the unit's symbol.
	 */
	public static String format(int sequence, NumberedKind kind, String symbol) {
		return String.format("%02d/%s-%s", sequence, kind.series(), symbol);
	}

	/**
	 * The sequence a number starts with ("07" in "07/QĐ-UBND"), null when the part before
	 * the slash is not a number ("07a/QĐ-UBND").
	 */
	public static @Nullable Integer sequenceOf(String number) {
		Matcher matcher = LEADING_NUMBER.matcher(number.strip());
		return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
	}

}
