package vn.thidua.integration.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.movement.Direction;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.MovementManagement;
import vn.thidua.movement.MovementQueries;
import vn.thidua.movement.MovementRow;
import vn.thidua.movement.MovementStatus;
import vn.thidua.movement.Target;
import vn.thidua.movement.TargetKind;
import vn.thidua.shared.security.CurrentUser;

@RestController
@RequestMapping("/api/v1/movements")
@Tag(name = "movements", description = "Phong trào thi đua / Emulation movements")
class MovementApi {

	private final MovementQueries queries;

	private final MovementManagement movements;

	MovementApi(MovementQueries queries, MovementManagement movements) {
		this.queries = queries;
		this.movements = movements;
	}

	@GetMapping
	@Operation(summary = "Các phong trào đến được đơn vị của khóa / Movements reaching the key's unit",
			description = "Lọc theo trạng thái và năm diễn ra / Filter by status and a year they run through")
	Paged<MovementView> list(@RequestParam(required = false) @Nullable MovementStatus status,
			@RequestParam(required = false) @Nullable @Min(1900) @Max(2100) Integer year,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = Paged.DEFAULT_SIZE) @Min(1) @Max(100) int size, CurrentUser user) {
		return Paged.of(queries.list(user, null, status, year, PageRequest.of(page, size)), MovementView::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một phong trào với chỉ tiêu / One movement with its targets")
	MovementDetail show(@PathVariable long id, CurrentUser user) {
		Movement movement = movements.show(id, user);
		return new MovementDetail(MovementView.of(queries.row(id)),
				movement.getTargets().stream().map(TargetView::of).toList());
	}

	record MovementView(long id, String code, String name, String authority, String launchingUnit, String leadUnit,
			MovementKind kind, MovementStatus status, LocalDate startDate, LocalDate endDate,
			@Nullable String planNumber, @Nullable LocalDate planDate, long participantCount) {

		static MovementView of(MovementRow row) {
			return new MovementView(row.id(), row.code(), row.name(), row.authority(), row.launchingUnitName(),
					row.leadUnitName(), row.kind(), row.status(), row.startDate(), row.endDate(), row.planNumber(),
					row.planDate(), row.participantCount());
		}

	}

	record TargetView(String field, String name, TargetKind kind, @Nullable String measure, Direction direction,
			@Nullable BigDecimal planValue, @Nullable BigDecimal maxValue, BigDecimal weight) {

		static TargetView of(Target target) {
			return new TargetView(target.getFieldName(), target.getName(), target.getKind(), target.getMeasure(),
					target.getDirection(), target.getPlanValue(), target.getMaxValue(), target.getWeight());
		}

	}

	record MovementDetail(MovementView movement, List<TargetView> targets) {
	}

}
