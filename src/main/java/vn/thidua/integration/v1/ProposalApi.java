package vn.thidua.integration.v1;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.award.AwardKind;
import vn.thidua.award.Severity;
import vn.thidua.integration.ApiLocale;
import vn.thidua.integration.v1.ProposalRequests.DecisionRequest;
import vn.thidua.integration.v1.ProposalRequests.NewProposalRequest;
import vn.thidua.integration.v1.ProposalRequests.VersionRequest;
import vn.thidua.proposal.Decisions;
import vn.thidua.proposal.DocumentKind;
import vn.thidua.proposal.LineDecision;
import vn.thidua.proposal.LineExplanations;
import vn.thidua.proposal.LineOutcome;
import vn.thidua.proposal.Proposal;
import vn.thidua.proposal.ProposalDrafting;
import vn.thidua.proposal.ProposalEvent;
import vn.thidua.proposal.ProposalLine;
import vn.thidua.proposal.ProposalPage;
import vn.thidua.proposal.ProposalQueries;
import vn.thidua.proposal.ProposalRow;
import vn.thidua.proposal.ProposalStatus;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitRow;

@RestController
@RequestMapping("/api/v1/proposals")
@Tag(name = "proposals", description = "Hồ sơ đề nghị khen thưởng / Award proposals")
class ProposalApi {

	private final ProposalQueries queries;

	private final ProposalIntake intake;

	private final ProposalDrafting drafting;

	private final Decisions decisions;

	private final LineExplanations explanations;

	private final HttpServletRequest request;

	ProposalApi(ProposalQueries queries, ProposalIntake intake, ProposalDrafting drafting, Decisions decisions,
			LineExplanations explanations, HttpServletRequest request) {
		this.explanations = explanations;
		this.request = request;
		this.queries = queries;
		this.intake = intake;
		this.drafting = drafting;
		this.decisions = decisions;
	}

	@GetMapping
	@Operation(summary = "Các hồ sơ đề nghị / Proposals",
			description = "Mới nhất trước; lọc theo trạng thái và năm / " + "Newest first; filter by status and year")
	Paged<ProposalView> list(@RequestParam(required = false) @Nullable ProposalStatus status,
			@RequestParam(required = false) @Nullable @Min(1945) @Max(2100) Integer year,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = Paged.DEFAULT_SIZE) @Min(1) @Max(100) int size, CurrentUser user) {
		return Paged.ofExtraRow(queries.list(status, year, false, page, size, user), page, size, ProposalView::of);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một hồ sơ: trạng thái, các dòng với kết quả kiểm tra, hồ sơ kèm theo, tiến trình / "
			+ "One proposal: state, lines with their check, dossier, timeline")
	ResponseEntity<ProposalDetail> show(@PathVariable long id, CurrentUser user) {
		return detail(id, user);
	}

	@PostMapping
	@Operation(summary = "Lập hồ sơ đề nghị với các dòng / Create a proposal with its lines",
			description = "Cần khóa ghi; đơn vị đề nghị là đơn vị của khóa / Needs a write key; the key's unit proposes")
	ResponseEntity<ProposalDetail> create(@Valid @RequestBody NewProposalRequest request,
			@Parameter(description = "Khóa chống tạo trùng khi gửi lại / Makes a repeated create return the first "
					+ "proposal") @RequestHeader(name = Idempotency.HEADER,
							required = false) @Nullable String idempotencyKey,
			CurrentUser user) {
		ProposalIntake.Created created = intake.create(request, idempotencyKey, user);
		ProposalDetail detail = detailOf(queries.page(created.id(), user));
		if (created.replayed()) {
			return ResponseEntity.ok().header("Idempotent-Replayed", "true").eTag(etag(detail)).body(detail);
		}
		return ResponseEntity.created(URI.create("/api/v1/proposals/" + created.id())).eTag(etag(detail)).body(detail);
	}

	@PostMapping("/{id}/documents")
	@Operation(summary = "Đính kèm tờ trình, biên bản họp, báo cáo thành tích, minh chứng / Attach a document",
			description = "Biên bản họp (COUNCIL_MINUTES) kèm số thành viên, có mặt, đồng ý / Council minutes carry "
					+ "members, present and agree counts")
	ResponseEntity<ProposalDetail> attach(@PathVariable long id, @RequestParam DocumentKind kind,
			@RequestParam long version, @RequestPart MultipartFile file,
			@RequestParam(required = false) @Nullable @Min(1) Integer members,
			@RequestParam(required = false) @Nullable @Min(0) Integer present,
			@RequestParam(required = false) @Nullable @Min(0) Integer agree, CurrentUser user) {
		intake.attach(id, version, kind, file, members, present, agree, user);
		ProposalDetail detail = detailOf(queries.page(id, user));
		return ResponseEntity.created(URI.create("/api/v1/proposals/" + id)).eTag(etag(detail)).body(detail);
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Trình hồ sơ lên cơ quan thẩm định / Submit to the reward office",
			description = "Gửi lại khi đã trình thì không đổi gì / Submitting again changes nothing")
	ResponseEntity<ProposalDetail> submit(@PathVariable long id, @Valid @RequestBody VersionRequest request,
			CurrentUser user) {
		drafting.submit(id, request.version(), user);
		return detail(id, user);
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "Ghi quyết định đã ban hành: số, ngày, người ký / Record the issued decision",
			description = "Cho hồ sơ đã được Chủ tịch quyết định; ghi lại cùng số thì không đổi gì / For a decided "
					+ "proposal; recording the same number again changes nothing")
	ResponseEntity<ProposalDetail> decision(@PathVariable long id, @Valid @RequestBody DecisionRequest request,
			CurrentUser user) {
		decisions.issue(id, request.version(), request.number().strip(), request.date(), request.signer().strip(),
				request.authority().strip(), user);
		return detail(id, user);
	}

	private ResponseEntity<ProposalDetail> detail(long id, CurrentUser user) {
		ProposalDetail detail = detailOf(queries.page(id, user));
		return ResponseEntity.ok().eTag(etag(detail)).body(detail);
	}

	/**
	 * The proposal with each line's check in words, in the request's language: the same
	 * explanations the proposal page shows.
	 */
	private ProposalDetail detailOf(ProposalPage page) {
		return ProposalDetail.of(page, explanations.explain(page, ApiLocale.of(request)));
	}

	private static String etag(ProposalDetail detail) {
		return "\"" + detail.version() + "\"";
	}

	record ProposalView(long id, String title, int year, AwardKind kind, ProposalStatus status, String proposingUnit,
			String decidingUnit, int lineCount, @Nullable LocalDate receivedOn, @Nullable String decisionNumber) {

		static ProposalView of(ProposalRow row) {
			return new ProposalView(row.id(), row.title(), row.year(), row.kind(), row.status(), row.proposingUnit(),
					row.decidingUnit(), row.lineCount(), row.receivedOn(), row.decisionNumber());
		}

	}

	record UnitRef(String code, String name) {

		static UnitRef of(UnitRow unit) {
			return new UnitRef(unit.code(), unit.name());
		}

	}

	record DecisionView(String number, LocalDate date, @Nullable String signer, @Nullable String authority) {
	}

	record LineView(long id, @Nullable Long personId, String subjectName, @Nullable String subjectDetail,
			String awardType, String achievement, LineOutcome check, boolean returned, @Nullable LineDecision decision,
			@Nullable BigDecimal cashAmount, List<RuleView> rules) {
	}

	/**
	 * One rule's result on a line: its code, whether it passed, how hard it fails, the
	 * message in the request's language and its legal source, as the page shows them.
	 */
	record RuleView(String rule, boolean passed, Severity severity, String message, @Nullable String legalSource) {

		static RuleView of(LineExplanations.Explained explained) {
			return new RuleView(explained.rule(), explained.passed(), explained.severity(), explained.message(),
					explained.legalSource());
		}

	}

	record DocumentView(DocumentKind kind, String fileName, String contentType, long sizeBytes, String sha256) {
	}

	record EventView(ProposalStatus status, String actor, Instant at, @Nullable String comment) {

		static EventView of(ProposalEvent event) {
			return new EventView(event.getStatus(), event.getActor(), event.getAt(), event.getComment());
		}

	}

	record ProposalDetail(long id, long version, String title, int year, AwardKind kind, ProposalStatus status,
			UnitRef proposingUnit, UnitRef decidingUnit, @Nullable LocalDate receivedOn, @Nullable LocalDate checkedOn,
			@Nullable DecisionView decision, List<LineView> lines, List<DocumentView> documents,
			List<EventView> timeline) {

		static ProposalDetail of(ProposalPage page, Map<Long, List<LineExplanations.Explained>> explained) {
			Proposal proposal = page.proposal();
			DecisionView decision = proposal.getDecisionNumber() == null || proposal.getDecisionDate() == null ? null
					: new DecisionView(proposal.getDecisionNumber(), proposal.getDecisionDate(),
							proposal.getDecisionSigner(), proposal.getDecisionAuthority());
			return new ProposalDetail(proposal.getId(), proposal.getVersion(), proposal.getTitle(), proposal.getYear(),
					proposal.getKind(), proposal.getStatus(), UnitRef.of(page.proposingUnit()),
					UnitRef.of(page.decidingUnit()), proposal.getReceivedOn(), page.checkedOn(), decision,
					page.lines().stream().map(line -> line(line, page, explained.get(line.getId()))).toList(),
					page.documents()
						.stream()
						.map(document -> new DocumentView(document.document().getKind(), document.file().fileName(),
								document.file().contentType(), document.file().sizeBytes(), document.file().sha256()))
						.toList(),
					page.events().stream().map(EventView::of).toList());
		}

		private static LineView line(ProposalLine line, ProposalPage page, List<LineExplanations.Explained> rules) {
			return new LineView(line.getId(), line.getPersonId(), line.getSubjectName(), line.getSubjectDetail(),
					line.getAwardTypeCode(), line.getAchievement(), page.verdicts().get(line.getId()).outcome(),
					line.isReturned(), line.getDecision(), line.getCashAmount(),
					rules.stream().map(RuleView::of).toList());
		}

	}

}
