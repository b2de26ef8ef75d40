package vn.thidua.cluster.web;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.thidua.cluster.ClusterManagement;
import vn.thidua.cluster.Criterion;
import vn.thidua.cluster.ReviewSheet;
import vn.thidua.cluster.ReviewWorkflow;
import vn.thidua.movement.MovementQueries;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

/**
 * Loads a review for its pages: the sheet, what the user may do, the members' names and
 * the attainments of the movement targets its criteria link to.
 */
@Component
class ReviewPages {

	private final ReviewWorkflow workflow;

	private final ClusterManagement management;

	private final UnitCatalog units;

	private final MovementQueries movements;

	private final Clock clock;

	ReviewPages(ReviewWorkflow workflow, ClusterManagement management, UnitCatalog units, MovementQueries movements,
			Clock clock) {
		this.workflow = workflow;
		this.management = management;
		this.units = units;
		this.movements = movements;
		this.clock = clock;
	}

	ReviewPage load(long reviewId, CurrentUser user) {
		ReviewSheet sheet = workflow.sheet(reviewId, user);
		List<Long> ids = new ArrayList<>(sheet.year().getMembers());
		if (!ids.contains(user.unitId())) {
			ids.add(user.unitId());
		}
		Map<Long, UnitRow> byId = units.findAll(ids)
			.stream()
			.collect(Collectors.toMap(UnitRow::id, Function.identity()));
		Collator vietnamese = Collator.getInstance(Locale.of("vi", "VN"));
		List<UnitRow> members = sheet.year()
			.getMembers()
			.stream()
			.map(byId::get)
			.sorted(Comparator.comparing(UnitRow::name, vietnamese))
			.toList();
		Map<Long, Map<Long, BigDecimal>> attainments = new HashMap<>();
		for (Criterion criterion : sheet.year().getCriteria()) {
			if (criterion.getTargetId() != null) {
				attainments.put(criterion.getId(), movements.attainments(criterion.getTargetId(),
						sheet.year().getMembers(), sheet.year().getYear()));
			}
		}
		return new ReviewPage(sheet, management.rights(sheet.cluster(), sheet.year(), user), members, byId, attainments,
				user.unitId(), LocalDate.now(clock));
	}

}
