package vn.thidua.integration.v1;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.award.AwardFilter;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardQueries;
import vn.thidua.award.AwardRow;
import vn.thidua.award.UnitAward;
import vn.thidua.proposal.DecisionRow;
import vn.thidua.proposal.ProposalQueries;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "registry", description = "Quyết định khen thưởng và sổ khen thưởng / Decisions and the award registry")
class RegistryApi {

	private static final String CURSOR = "cursor";

	private final ProposalQueries proposals;

	private final AwardQueries awards;

	private final UnitCatalog units;

	RegistryApi(ProposalQueries proposals, AwardQueries awards, UnitCatalog units) {
		this.proposals = proposals;
		this.awards = awards;
		this.units = units;
	}

	@GetMapping("/decisions")
	@Operation(summary = "Các quyết định đã ban hành / Issued decisions",
			description = "Số, ngày, người ký, hồ sơ, số dòng được duyệt và tổng tiền thưởng / Number, date, signer, "
					+ "proposal, approved lines and total cash")
	Paged<DecisionRow> decisions(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = Paged.DEFAULT_SIZE) @Min(1) @Max(100) int size, CurrentUser user) {
		return Paged.ofExtraRow(proposals.decisions(page, size, user), page, size, Function.identity());
	}

	@GetMapping("/awards")
	@Operation(summary = "Sổ khen thưởng / The award registry",
			description = "Mới nhất trước, theo con trỏ: truyền nextCursor của trang trước / Newest first by cursor: "
					+ "pass the previous page's nextCursor")
	Slice<AwardView> awards(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable @Size(max = 20) String type,
			@RequestParam(required = false) @Nullable @Min(1945) @Max(2100) Integer year,
			@RequestParam(required = false) @Nullable @Size(max = 200) String name,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = Paged.DEFAULT_SIZE) @Min(1) @Max(100) int size, CurrentUser user) {
		Long unitId = unit == null ? null
				: units.findByCode(unit)
					.filter(found -> units.isWithin(found.id(), user.unitId()))
					.orElseThrow(() -> new NotFoundException("unit", unit))
					.id();
		List<UnitAward> rows = awards.searchWithUnits(new AwardFilter(name, unitId, year, type, before(cursor)), size,
				user);
		List<UnitAward> page = rows.stream().limit(size).toList();
		String next = rows.size() > size ? cursor(page.getLast().award()) : null;
		return new Slice<>(page.stream().map(AwardView::of).toList(), size, next,
				next == null ? null : Paged.link(CURSOR, next));
	}

	private static @Nullable String before(@Nullable String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			String keyset = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (keyset.matches("\\d{4}:\\d{1,18}")) {
				return keyset;
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64: refused below like any other forged cursor
		}
		throw new InvalidField(CURSOR, "api.cursor.invalid");
	}

	private static String cursor(AwardRow last) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((last.year() + ":" + last.id()).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A page of a list too big to count or skip through: the next page starts after the
	 * cursor.
	 */
	record Slice<T>(List<T> content, int size, @Nullable String nextCursor, @Nullable String next) {
	}

	record AwardView(long id, @Nullable Long personId, String subjectName, String unitCode, String unitName,
			String awardType, AwardKind kind, int year, String decisionNumber, LocalDate decisionDate, String authority,
			String issuer, boolean revoked, @Nullable String revocationReason) {

		static AwardView of(UnitAward award) {
			AwardRow row = award.award();
			return new AwardView(row.id(), row.personId(), row.subjectName(), award.unitCode(), award.unitName(),
					row.awardType(), row.kind(), row.year(), row.decisionNumber(), row.decisionDate(), row.authority(),
					row.issuerName(), row.revoked(), row.revocationReason());
		}

	}

}
