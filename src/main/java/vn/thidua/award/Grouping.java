package vn.thidua.award;

/**
 * What award statistics group by: the form, the form and level, the level, the kind, the
 * movement, the year of the decision, or the unit directly below the chosen one (its
 * subtree rolled up).
 */
public enum Grouping {

	TYPE("a.award_type_code"), TYPE_AND_LEVEL("a.award_type_code || ':' || a.level"), LEVEL("a.level"), KIND("a.kind"),
	MOVEMENT("coalesce(a.movement_id::text, '')"), YEAR("extract(year from a.decision_date)::int::text"),
	UNIT("coalesce(nullif(split_part(substr(u.path, length(r.path) + 1), '/', 1), ''), r.id::text)");

	private final String expression;

	Grouping(String expression) {
		this.expression = expression;
	}

	String expression() {
		return expression;
	}

}
