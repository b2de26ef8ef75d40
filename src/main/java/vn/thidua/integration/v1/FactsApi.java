package vn.thidua.integration.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.award.AwardRecord;
import vn.thidua.award.DisciplineDetails;
import vn.thidua.award.DisciplineKind;
import vn.thidua.award.DisciplinePenalty;
import vn.thidua.award.DisciplineRecord;
import vn.thidua.award.Influence;
import vn.thidua.award.Initiative;
import vn.thidua.award.InitiativeDetails;
import vn.thidua.award.Rating;
import vn.thidua.award.RatingGrid;
import vn.thidua.award.RegistryFacts;
import vn.thidua.award.Revocation;
import vn.thidua.integration.ApiLocale;
import vn.thidua.integration.ApiProblemWriter;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;

/**
 * The facts the eligibility rules read: a unit's yearly ratings (read and written all or
 * nothing, each row with the version it was read at), a person's initiatives and
 * discipline records, and the revocation of an award.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "facts", description = "Xếp loại, sáng kiến, kỷ luật, hủy bỏ khen thưởng / Ratings, initiatives, "
		+ "discipline, revocations")
class FactsApi {

	private final RegistryFacts facts;

	private final UnitCatalog units;

	private final ApiProblemWriter problems;

	private final MessageSource messages;

	FactsApi(RegistryFacts facts, UnitCatalog units, ApiProblemWriter problems, MessageSource messages) {
		this.facts = facts;
		this.units = units;
		this.problems = problems;
		this.messages = messages;
	}

	// ---- ratings

	@GetMapping("/units/{code}/ratings")
	@Operation(summary = "Xếp loại của đơn vị và cá nhân trong một năm / A unit's ratings for a year",
			description = "Đơn vị, các tập thể trực thuộc, rồi các cá nhân / The unit, its child collectives, then "
					+ "its people")
	RatingsView ratings(@PathVariable String code, @RequestParam @Min(1945) @Max(2100) int year, CurrentUser user) {
		return RatingsView.of(facts.ratingGrid(unit(code, user), year, user));
	}

	@PutMapping("/units/{code}/ratings")
	@Operation(summary = "Ghi xếp loại, tất cả hoặc không / Write ratings, all or nothing",
			description = "Mỗi dòng: subject (p<id> hoặc u<id>), rating (X/T/H/K, HTXSNV…, chữ tiếng Việt hoặc "
					+ "EXCELLENT…; rỗng để xóa) và version đã đọc / Each row: subject, rating (empty clears) and "
					+ "the version read")
	RatingsView rate(@PathVariable String code, @RequestParam @Min(1945) @Max(2100) int year,
			@Valid @RequestBody RatingsRequest request, CurrentUser user) {
		long unitId = unit(code, user);
		List<RatingGrid.Cell> cells = request.ratings()
			.stream()
			.map(row -> new RatingGrid.Cell(row.subject(), row.rating(), row.version()))
			.toList();
		Map<String, RatingGrid.Problem> refused = facts.rate(unitId, year, cells, user);
		if (!refused.isEmpty()) {
			throw new RatingsRefused(cells, refused);
		}
		return RatingsView.of(facts.ratingGrid(unitId, year, user));
	}

	@ExceptionHandler(RatingsRefused.class)
	ResponseEntity<ProblemDetail> refused(RatingsRefused refused, HttpServletRequest request) {
		ProblemDetail problem = problems.problem(request, HttpStatus.UNPROCESSABLE_CONTENT, "api.facts.ratingsRefused");
		List<Map<String, String>> errors = new ArrayList<>();
		for (int i = 0; i < refused.cells.size(); i++) {
			RatingGrid.Problem cell = refused.problems.get(refused.cells.get(i).key());
			if (cell != null) {
				errors.add(Map.of("field", "ratings[" + i + "]", "code", cell.messageKey(), "message",
						messages.getMessage(cell.messageKey(), cell.args(), ApiLocale.of(request))));
			}
		}
		problem.setProperty("code", "api.facts.ratingsRefused");
		problem.setProperty("errors", errors);
		return ResponseEntity.unprocessableContent().body(problem);
	}

	private long unit(String code, CurrentUser user) {
		return units.findActiveByCode(code)
			.filter(found -> units.isWithin(found.id(), user.unitId()))
			.orElseThrow(() -> new NotFoundException("unit", code))
			.id();
	}

	static final class RatingsRefused extends RuntimeException {

		private final List<RatingGrid.Cell> cells;

		private final Map<String, RatingGrid.Problem> problems;

		RatingsRefused(List<RatingGrid.Cell> cells, Map<String, RatingGrid.Problem> problems) {
			super("ratings refused: " + problems.keySet());
			this.cells = cells;
			this.problems = problems;
		}

	}

	record RatingsRequest(@NotNull @Size(min = 1, max = 2000) List<@Valid @NotNull RatingRow> ratings) {
	}

	record RatingRow(@NotBlank @Pattern(regexp = "[pu]\\d{1,18}") String subject,
			@Nullable @Size(max = 100) String rating, @Nullable Long version) {
	}

	record RatingsView(String unitCode, int year, List<RatingLine> ratings) {

		static RatingsView of(RatingGrid grid) {
			return new RatingsView(grid.unit().code(), grid.year(),
					grid.lines()
						.stream()
						.map(line -> new RatingLine(line.key(), line.person() ? "PERSON" : "COLLECTIVE",
								line.subjectId(), line.name(), line.rating(), line.version()))
						.toList());
		}

	}

	record RatingLine(String subject, String type, long id, String name, @Nullable Rating rating,
			@Nullable Long version) {
	}

	// ---- initiatives

	@GetMapping("/people/{id}/initiatives")
	@Operation(summary = "Sáng kiến của một người / A person's initiatives")
	List<InitiativeView> initiatives(@PathVariable long id, CurrentUser user) {
		return facts.initiatives(id, user).stream().map(InitiativeView::of).toList();
	}

	@PostMapping("/people/{id}/initiatives")
	@Operation(summary = "Ghi một sáng kiến được công nhận / Record a recognised initiative")
	ResponseEntity<InitiativeView> recognise(@PathVariable long id, @Valid @RequestBody InitiativeRequest request,
			CurrentUser user) {
		Initiative saved = facts.recognise(id, request.details(), user);
		return ResponseEntity.status(HttpStatus.CREATED).body(InitiativeView.of(saved));
	}

	@PutMapping("/initiatives/{id}")
	@Operation(summary = "Sửa một sáng kiến (gửi version đã đọc) / Change an initiative (send the version read)")
	InitiativeView changeInitiative(@PathVariable long id, @Valid @RequestBody InitiativeRequest request,
			CurrentUser user) {
		if (request.version() == null) {
			throw new InvalidField("version", "NotNull");
		}
		return InitiativeView.of(facts.changeInitiative(id, request.version(), request.details(), user));
	}

	@DeleteMapping("/initiatives/{id}")
	@Operation(summary = "Xóa một sáng kiến / Delete an initiative")
	ResponseEntity<Void> deleteInitiative(@PathVariable long id, @RequestParam long version, CurrentUser user) {
		facts.deleteInitiative(id, version, user);
		return ResponseEntity.noContent().build();
	}

	record InitiativeRequest(@NotBlank @Size(max = 500) String title, @NotNull Influence influence,
			@Nullable @Min(1945) @Max(2100) Integer year, @Nullable @Size(max = 300) String decidingBody,
			@Nullable @Size(max = 60) String decisionNumber, @Nullable LocalDate decisionDate, @Nullable Long version) {

		InitiativeDetails details() {
			if (year == null && decisionDate == null) {
				throw new InvalidField("year", "NotNull");
			}
			return new InitiativeDetails(title.strip(), influence, year == null ? 0 : year, decidingBody,
					decisionNumber, decisionDate);
		}

	}

	record InitiativeView(long id, long personId, int year, String title, Influence influence,
			@Nullable String decidingBody, @Nullable String decisionNumber, @Nullable LocalDate decisionDate,
			long version) {

		static InitiativeView of(Initiative initiative) {
			return new InitiativeView(initiative.getId(), initiative.getPersonId(), initiative.getYear(),
					initiative.getTitle(), initiative.getInfluence(), initiative.getDecidingBody(),
					initiative.getDecisionNumber(), initiative.getDecisionDate(), initiative.getVersion());
		}

	}

	// ---- discipline

	@GetMapping("/people/{id}/discipline")
	@Operation(summary = "Kỷ luật, điều tra, khiếu nại của một người / A person's discipline records")
	List<DisciplineView> discipline(@PathVariable long id, CurrentUser user) {
		return facts.disciplineRecords(id, user).stream().map(DisciplineView::of).toList();
	}

	@PostMapping("/people/{id}/discipline")
	@Operation(summary = "Ghi một bản ghi kỷ luật / Record a discipline record")
	ResponseEntity<DisciplineView> recordDiscipline(@PathVariable long id,
			@Valid @RequestBody DisciplineRequest request, CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(DisciplineView.of(facts.recordDiscipline(id, request.details(), user)));
	}

	@GetMapping("/units/{code}/discipline")
	@Operation(summary = "Thanh tra, điều tra, khiếu nại về một tập thể / A collective's own records")
	List<DisciplineView> unitDiscipline(@PathVariable String code, CurrentUser user) {
		return facts.unitDisciplineRecords(unit(code, user), user).stream().map(DisciplineView::of).toList();
	}

	@PostMapping("/units/{code}/discipline")
	@Operation(summary = "Ghi một bản ghi về một tập thể / Record one about a collective")
	ResponseEntity<DisciplineView> recordUnitDiscipline(@PathVariable String code,
			@Valid @RequestBody DisciplineRequest request, CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(DisciplineView.of(facts.recordUnitDiscipline(unit(code, user), request.details(), user)));
	}

	@PutMapping("/discipline/{id}")
	@Operation(summary = "Sửa hoặc kết thúc một bản ghi kỷ luật (gửi version) / Change or close a record")
	DisciplineView changeDiscipline(@PathVariable long id, @Valid @RequestBody DisciplineRequest request,
			CurrentUser user) {
		if (request.version() == null) {
			throw new InvalidField("version", "NotNull");
		}
		return DisciplineView.of(facts.changeDiscipline(id, request.version(), request.details(), user));
	}

	record DisciplineRequest(@NotNull DisciplineKind kind, @Nullable DisciplinePenalty penalty,
			@NotBlank @Size(max = 500) String detail, @Nullable @Size(max = 60) String decisionNumber,
			@NotNull LocalDate startedOn, @Nullable LocalDate endedOn, @Nullable Long version) {

		DisciplineDetails details() {
			return new DisciplineDetails(kind, penalty, detail.strip(), decisionNumber, startedOn, endedOn);
		}

	}

	record DisciplineView(long id, DisciplineKind kind, @Nullable DisciplinePenalty penalty, String detail,
			@Nullable String decisionNumber, LocalDate startedOn, @Nullable LocalDate endedOn, long version) {

		static DisciplineView of(DisciplineRecord record) {
			return new DisciplineView(record.getId(), record.getKind(), record.getPenalty(), record.getDetail(),
					record.getDecisionNumber(), record.getStartedOn(), record.getEndedOn(), record.getVersion());
		}

	}

	// ---- revocation

	@PostMapping("/awards/{id}/revocation")
	@Operation(summary = "Hủy bỏ một khen thưởng (không thể hoàn tác) / Revoke an award (irreversible)",
			description = "Cần confirmed=true và version đã đọc / Needs confirmed=true and the version read")
	RevokedView revoke(@PathVariable long id, @Valid @RequestBody RevocationRequest request, CurrentUser user) {
		AwardRecord award = facts.revoke(id, request.version(),
				new Revocation(request.decision().strip(), request.date(), request.reason().strip(), request.cash()),
				request.confirmed(), user);
		return RevokedView.of(award);
	}

	record RevocationRequest(@NotBlank @Size(max = 60) String decision, @NotNull LocalDate date,
			@NotBlank @Size(max = 1000) String reason, @Nullable @PositiveOrZero BigDecimal cash, boolean confirmed,
			@NotNull Long version) {
	}

	record RevokedView(long id, String decisionNumber, boolean revoked, @Nullable String revocationDecision,
			@Nullable LocalDate revocationDate, @Nullable String revocationReason, @Nullable BigDecimal revocationCash,
			long version) {

		static RevokedView of(AwardRecord award) {
			return new RevokedView(award.getId(), award.getDecisionNumber(), award.isRevoked(),
					award.getRevocationDecision(), award.getRevocationDate(), award.getRevocationReason(),
					award.getRevocationCash(), award.getVersion());
		}

	}

}
