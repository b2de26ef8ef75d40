package vn.thidua.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.BusinessRuleViolation;

/**
 * The catalogue of titles and commendations and the base salary by date.
 */
@Service
@Transactional(readOnly = true)
public class AwardCatalog {

	private final JdbcClient jdbc;

	AwardCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<AwardType> types() {
		return jdbc.sql("""
				select code, name, category, subject_type, cash_multiplier, vote_attendance, vote_approval,
				       vote_approval_strict, vote_denominator = 'ALL' as votes_over_all_members, public_notice, level
				from award_type order by sort_order
				""").query(AwardType.class).list();
	}

	public Map<String, AwardType> byCode() {
		return types().stream().collect(Collectors.toMap(AwardType::code, Function.identity()));
	}

	public AwardType type(String code) {
		AwardType type = byCode().get(code);
		if (type == null) {
			throw new BusinessRuleViolation("award.unknownType", code);
		}
		return type;
	}

	/**
	 * The lương cơ sở in force on a date.
	 */
	public BigDecimal baseSalary(LocalDate on) {
		return jdbc.sql("select amount from base_salary where effective_from <= ? order by effective_from desc limit 1")
			.param(on)
			.query(BigDecimal.class)
			.optional()
			.orElseThrow(() -> new BusinessRuleViolation("award.noBaseSalary"));
	}

}
