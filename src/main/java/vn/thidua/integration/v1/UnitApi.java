package vn.thidua.integration.v1;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitRow;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "units", description = "Đơn vị trong phạm vi của khóa / Units within the key's subtree")
class UnitApi {

	private final UnitCatalog units;

	UnitApi(UnitCatalog units) {
		this.units = units;
	}

	@GetMapping
	@Operation(summary = "Danh sách đơn vị / List units",
			description = "Lọc theo đơn vị cấp trên (mã), loại, còn hoạt động / Filter by parent code, kind, active")
	Paged<UnitView> list(@RequestParam(required = false) @Nullable String parent,
			@RequestParam(required = false) @Nullable UnitKind kind,
			@RequestParam(required = false) @Nullable Boolean active,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = Paged.DEFAULT_SIZE) @Min(1) @Max(100) int size, CurrentUser user) {
		UnitRow root = units.get(user.unitId());
		Long parentId = parent == null ? null : visible(parent, user).id();
		Page<UnitRow> found = units.filter(root, parentId, kind, active, PageRequest.of(page, size));
		Map<Long, String> parents = codes(found.getContent(), root);
		return Paged.of(found, unit -> UnitView.of(unit, parents));
	}

	@GetMapping("/{code}")
	@Operation(summary = "Một đơn vị theo mã / One unit by code")
	UnitView show(@PathVariable String code, CurrentUser user) {
		UnitRow unit = visible(code, user);
		return UnitView.of(unit, codes(List.of(unit), units.get(user.unitId())));
	}

	private UnitRow visible(String code, CurrentUser user) {
		return units.findByCode(code)
			.filter(unit -> units.isWithin(unit.id(), user.unitId()))
			.orElseThrow(() -> new NotFoundException("unit", code));
	}

	/**
	 * The codes of the units' parents within the subtree; the root's own parent stays
	 * unnamed.
	 */
	private Map<Long, String> codes(List<UnitRow> rows, UnitRow root) {
		List<Long> ids = rows.stream().map(UnitRow::parentId).filter(id -> id != null).distinct().toList();
		return units.findAll(ids)
			.stream()
			.filter(parent -> parent.isWithin(root))
			.collect(Collectors.toMap(UnitRow::id, UnitRow::code));
	}

	record UnitView(String code, String name, UnitKind kind, @Nullable String parentCode, LocalDate validFrom,
			@Nullable LocalDate validTo, boolean active) {

		static UnitView of(UnitRow unit, Map<Long, String> parentCodes) {
			return new UnitView(unit.code(), unit.name(), unit.kind(),
					unit.parentId() == null ? null : parentCodes.get(unit.parentId()), unit.validFrom(), unit.validTo(),
					unit.active());
		}

	}

}
