package vn.thidua.award;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the eligibility rules in force on a date for a unit: national rules and those of
 * the scopes above the unit, less the rules that a rule in force overrides.
 */
@Component
class RuleBook {

	private static final TypeReference<Map<String, Object>> PARAMETERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	RuleBook(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Rule> inForce(LocalDate on, long unitId) {
		List<Rule> rules = jdbc.sql("""
				select r.id, r.code, r.award_type_code, r.check_kind, r.parameters::text, r.legal_source, r.description,
				       r.scope_unit_id, r.effective_from, r.effective_to, r.severity, r.overrides_rule_id
				from eligibility_rule r
				where r.effective_from <= :on and (r.effective_to is null or r.effective_to >= :on)
				  and (r.scope_unit_id is null or exists (select 1 from unit s, unit u
				       where s.id = r.scope_unit_id and u.id = :unit and unit_in_subtree(u.path, s.path)))
				order by r.award_type_code nulls first, r.id
				""")
			.param("on", on)
			.param("unit", unitId)
			.query((rs, n) -> new Rule(rs.getLong(1), rs.getString(2), rs.getString(3),
					CheckKind.valueOf(rs.getString(4)), json.readValue(rs.getString(5), PARAMETERS), rs.getString(6),
					rs.getString(7), (Long) rs.getObject(8), rs.getObject(9, LocalDate.class),
					rs.getObject(10, LocalDate.class), Severity.valueOf(rs.getString(11)), (Long) rs.getObject(12)))
			.list();
		Set<Long> overridden = rules.stream()
			.map(Rule::overridesRuleId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return rules.stream().filter(rule -> !overridden.contains(rule.id())).toList();
	}

	/**
	 * Every rule of the unit's scopes — national, the units above it, its own — and of
	 * the units below it, in force or not, for the rules page. An administrator may end
	 * the rules of their own scope (national at the top unit) and override those of a
	 * scope above, while they have not ended.
	 */
	List<RuleRow> listed(long unitId, boolean admin, LocalDate today) {
		return jdbc
			.sql("""
					select r.id, r.code, r.award_type_code, r.check_kind, r.parameters::text, r.legal_source, r.description,
					       s.name, r.effective_from, r.effective_to, r.severity, r.overrides_rule_id, o.code, r.version,
					       r.scope_unit_id = u.id or (r.scope_unit_id is null and u.parent_id is null) as own,
					       r.scope_unit_id is null or unit_in_subtree(u.path, s.path) as above,
					       array(select c.code from eligibility_rule c left join unit cs on cs.id = c.scope_unit_id
					             where c.overrides_rule_id = r.id
					               and (c.scope_unit_id is null or unit_in_subtree(u.path, cs.path) or unit_in_subtree(cs.path, u.path))
					             order by c.id) as overridden_by,
					       r.verification
					from unit u
					join eligibility_rule r on true
					left join unit s on s.id = r.scope_unit_id
					left join eligibility_rule o on o.id = r.overrides_rule_id
					where u.id = :unit and (r.scope_unit_id is null or unit_in_subtree(u.path, s.path) or unit_in_subtree(s.path, u.path))
					order by r.award_type_code nulls first, s.depth nulls first, r.effective_from, r.id
					""")
			.param("unit", unitId)
			.query((rs, n) -> {
				CheckKind kind = CheckKind.valueOf(rs.getString(4));
				LocalDate from = rs.getObject(9, LocalDate.class);
				LocalDate to = rs.getObject(10, LocalDate.class);
				RuleStatus status = RuleStatus.on(today, from, to);
				boolean open = admin && status != RuleStatus.ENDED;
				boolean own = rs.getBoolean(15);
				return new RuleRow(rs.getLong(1), rs.getString(2), rs.getString(3), kind,
						json.readValue(rs.getString(5), PARAMETERS), rs.getString(6), rs.getString(7), rs.getString(8),
						from, to, Severity.valueOf(rs.getString(11)), (Long) rs.getObject(12), rs.getString(13),
						List.of((String[]) rs.getArray(17).getArray()), rs.getLong(14), status, open && own,
						open && !own && rs.getBoolean(16) && RuleParameters.editable(kind),
						admin ? rs.getString(18) : null);
			})
			.list();
	}

}
