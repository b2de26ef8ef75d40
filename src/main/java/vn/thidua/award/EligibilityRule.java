package vn.thidua.award;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.web.VietnameseDateFormatter;

/**
 * An eligibility rule as administrators write it: added for a scope (none for the whole
 * country), possibly overriding a rule of a scope above, and ended by setting the last
 * day it applies. The engine reads rules through {@link RuleBook}; writes go through here
 * so that every change is audited.
 */
@Entity
public class EligibilityRule {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> PARAMETERS = new TypeReference<>() {
	};

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private @Nullable String awardTypeCode;

	@Enumerated(EnumType.STRING)
	private CheckKind checkKind;

	@JdbcTypeCode(SqlTypes.JSON)
	private String parameters;

	private String legalSource;

	private String description;

	/**
	 * What of the source could not be checked against the law's text; for administrators.
	 */
	private @Nullable String verification;

	private @Nullable Long scopeUnitId;

	private LocalDate effectiveFrom;

	private @Nullable LocalDate effectiveTo;

	@Enumerated(EnumType.STRING)
	private Severity severity;

	private @Nullable Long overridesRuleId;

	@Version
	@Column(nullable = false)
	private Long version;

	protected EligibilityRule() {
	}

	EligibilityRule(RuleDraft draft, String parameters, @Nullable Long scopeUnitId, @Nullable Long overridesRuleId) {
		if (draft.effectiveTo() != null && draft.effectiveTo().isBefore(draft.effectiveFrom())) {
			throw new BusinessRuleViolation("rule.dates.order");
		}
		this.code = draft.code();
		this.awardTypeCode = draft.awardType();
		this.checkKind = draft.checkKind();
		this.parameters = parameters;
		this.legalSource = draft.legalSource();
		this.description = draft.description();
		this.scopeUnitId = scopeUnitId;
		this.effectiveFrom = draft.effectiveFrom();
		this.effectiveTo = draft.effectiveTo();
		this.severity = draft.severity();
		this.overridesRuleId = overridesRuleId;
	}

	/**
	 * Sets the last day the rule applies. The day may lie in the past, as the repealing
	 * document is often recorded after it took effect, but not before the rule began; a
	 * rule that has already ended stays as it is.
	 */
	void end(LocalDate lastDay, LocalDate today) {
		if (status(today) == RuleStatus.ENDED) {
			throw new BusinessRuleViolation("rule.end.alreadyEnded", code);
		}
		if (lastDay.isBefore(effectiveFrom)) {
			throw new BusinessRuleViolation("rule.end.beforeStart", VietnameseDateFormatter.format(effectiveFrom));
		}
		this.effectiveTo = lastDay;
	}

	public RuleStatus status(LocalDate today) {
		return RuleStatus.on(today, effectiveFrom, effectiveTo);
	}

	/**
	 * Whether this rule applies on some day of the period from {@code from} to {@code to}
	 * (open when null).
	 */
	boolean overlaps(LocalDate from, @Nullable LocalDate to) {
		return (to == null || !to.isBefore(effectiveFrom)) && (effectiveTo == null || !effectiveTo.isBefore(from));
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public @Nullable String getAwardTypeCode() {
		return awardTypeCode;
	}

	public CheckKind getCheckKind() {
		return checkKind;
	}

	public String getParameters() {
		return parameters;
	}

	/**
	 * The parameters of its kind as a form shows them, every value as text.
	 */
	public Map<String, String> parameterTexts() {
		Map<String, String> texts = new LinkedHashMap<>();
		Map<String, Object> values = JSON.readValue(parameters, PARAMETERS);
		RuleParameters.of(checkKind)
			.stream()
			.filter(spec -> values.containsKey(spec.name()))
			.forEach(spec -> texts.put(spec.name(), spec.text(values.get(spec.name()))));
		return texts;
	}

	public String getLegalSource() {
		return legalSource;
	}

	public String getDescription() {
		return description;
	}

	public @Nullable Long getScopeUnitId() {
		return scopeUnitId;
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public @Nullable LocalDate getEffectiveTo() {
		return effectiveTo;
	}

	public Severity getSeverity() {
		return severity;
	}

	public @Nullable Long getOverridesRuleId() {
		return overridesRuleId;
	}

	public Long getVersion() {
		return version;
	}

}
