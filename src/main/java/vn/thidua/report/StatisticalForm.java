package vn.thidua.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.thidua.award.AwardKind;
import vn.thidua.award.Subject;

/**
 * A statistical form of emulation and commendation as the Ministry of Home Affairs
 * prescribes it, as data: its code ("0602.N/BNV-TĐKT"), title, unit of count, legal
 * source and the dates it applies between, its columns and its rows. A row or a column
 * whose figure the product does not record carries the reason instead of a criterion, and
 * every cell it crosses says so rather than printing a zero.
 */
public record StatisticalForm(String code, String title, String countUnit, String legalSource, String issuedWith,
		LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, String deadline, List<Column> columns,
		List<Line> lines) {

	/**
	 * What a figure counts: valid awards of the given form lines (all of them when
	 * empty), of one subject and of one kind, when given.
	 */
	public record Criterion(Set<FormLine> forms, @Nullable Subject subject, @Nullable AwardKind kind) {

		public static final Criterion ALL = new Criterion(Set.of(), null, null);

		public static Criterion forms(FormLine... forms) {
			return new Criterion(Set.of(forms), null, null);
		}

		public static Criterion subject(Subject subject) {
			return new Criterion(Set.of(), subject, null);
		}

		public static Criterion kind(AwardKind kind) {
			return new Criterion(Set.of(), null, kind);
		}

		boolean matches(FormLine form, Subject subject, AwardKind kind) {
			return (forms.isEmpty() || forms.contains(form)) && (this.subject == null || this.subject == subject)
					&& (this.kind == null || this.kind == kind);
		}

	}

	/**
	 * A column: its number as the form writes it ("2"), the heading of its group (the
	 * form splits some by collective and individual), its own heading, and what it counts
	 * or why the product cannot fill it.
	 */
	public record Column(String number, @Nullable String group, String heading, @Nullable Criterion criterion,
			@Nullable String notHeld) {

		public static Column of(String number, @Nullable String group, String heading, Criterion criterion) {
			return new Column(number, group, heading, criterion, null);
		}

		public static Column notHeld(String number, @Nullable String group, String heading, String reason) {
			return new Column(number, group, heading, null, reason);
		}

		public boolean held() {
			return criterion != null;
		}

	}

	/**
	 * A row: its code ("06"), label, unit of count, and what it counts or why the product
	 * cannot fill it; a heading row has no code and no figures.
	 */
	public record Line(@Nullable String code, String label, String countUnit, @Nullable Criterion criterion,
			@Nullable String notHeld) {

		public static Line heading(String label) {
			return new Line(null, label, "", null, null);
		}

		public static Line of(String code, String label, String countUnit, Criterion criterion) {
			return new Line(code, label, countUnit, criterion, null);
		}

		public static Line notHeld(String code, String label, String countUnit, String reason) {
			return new Line(code, label, countUnit, null, reason);
		}

		public boolean isHeading() {
			return code == null;
		}

		public boolean held() {
			return criterion != null;
		}

	}

	/**
	 * The form's number, as links name it: "0602".
	 */
	public String number() {
		return code.substring(0, code.indexOf('.'));
	}

	/**
	 * Whether the form applies on a date.
	 */
	public boolean inForceOn(LocalDate date) {
		return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
	}

}
