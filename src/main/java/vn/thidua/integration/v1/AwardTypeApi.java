package vn.thidua.integration.v1;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.award.AwardCatalog;
import vn.thidua.award.AwardTypeOverview;
import vn.thidua.award.UpperAuthority;
import vn.thidua.unit.UnitKind;

@RestController
@RequestMapping("/api/v1/award-types")
@Tag(name = "award-types",
		description = "Hình thức khen thưởng, thẩm quyền và tiền thưởng / Award types, authority and cash")
class AwardTypeApi {

	private final AwardCatalog catalog;

	private final Clock clock;

	AwardTypeApi(AwardCatalog catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Ai quyết định và tiền thưởng vào một ngày / Who decides and the cash on a date",
			description = "Mặc định là hôm nay; mỗi mục kèm căn cứ pháp lý / Today unless `on` is given; each item "
					+ "with its legal source")
	AwardTypesView list(
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return AwardTypesView.of(catalog.overview(on != null ? on : LocalDate.now(clock)));
	}

	record AwardTypesView(LocalDate on, @Nullable BaseSalaryView baseSalary, @Nullable RoundingView rounding,
			List<AwardTypeView> types) {

		static AwardTypesView of(AwardTypeOverview overview) {
			return new AwardTypesView(overview.on(),
					overview.salary() == null ? null
							: new BaseSalaryView(overview.salary().amount(), overview.salary().effectiveFrom(),
									overview.salary().legalSource(), overview.salary().verified()),
					overview.rounding() == null ? null
							: new RoundingView(overview.rounding().step(), overview.rounding().legalSource(),
									overview.rounding().verified()),
					overview.entries().stream().map(AwardTypeView::of).toList());
		}

	}

	record BaseSalaryView(BigDecimal amount, LocalDate effectiveFrom, String legalSource, boolean verified) {
	}

	record RoundingView(BigDecimal step, String legalSource, boolean verified) {
	}

	record AwardTypeView(String code, String name, String subjectType, List<HolderView> decidedBy,
			List<CashView> cash) {

		static AwardTypeView of(AwardTypeOverview.Entry entry) {
			return new AwardTypeView(entry.type().code(), entry.type().name(), entry.type().subjectType(),
					entry.holders()
						.stream()
						.map(h -> new HolderView(h.unitKind(), h.upperAuthority(), h.legalSource(), h.verified()))
						.toList(),
					entry.cash()
						.stream()
						.map(c -> new CashView(c.unitKind(), c.multiplier(), c.amount(), c.legalSource(), c.verified()))
						.toList());
		}

	}

	/** The head of a kind of unit ({@code unitKind}) or an authority above the tree. */
	record HolderView(@Nullable UnitKind unitKind, @Nullable UpperAuthority upperAuthority, String legalSource,
			boolean verified) {
	}

	/** For decisions of a kind of unit when {@code unitKind} is set, else any. */
	record CashView(@Nullable UnitKind unitKind, BigDecimal multiplier, @Nullable BigDecimal amount, String legalSource,
			boolean verified) {
	}

}
