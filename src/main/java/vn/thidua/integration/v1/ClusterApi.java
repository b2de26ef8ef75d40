package vn.thidua.integration.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

import vn.thidua.cluster.Classification;
import vn.thidua.cluster.ClusterKind;
import vn.thidua.cluster.ClusterManagement;
import vn.thidua.cluster.ClusterQueries;
import vn.thidua.cluster.ClusterRow;
import vn.thidua.cluster.ClusterYear;
import vn.thidua.cluster.ProposalKind;
import vn.thidua.cluster.RankedMember;
import vn.thidua.cluster.ReviewPeriod;
import vn.thidua.cluster.ReviewSheet;
import vn.thidua.cluster.ReviewStatus;
import vn.thidua.cluster.ReviewWorkflow;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitRow;

@RestController
@RequestMapping("/api/v1/clusters")
@Tag(name = "clusters", description = "Cụm, khối thi đua và kết quả chấm điểm / Emulation clusters and review results")
class ClusterApi {

	private final ClusterQueries queries;

	private final ClusterManagement clusters;

	private final ReviewWorkflow reviews;

	private final UnitCatalog units;

	ClusterApi(ClusterQueries queries, ClusterManagement clusters, ReviewWorkflow reviews, UnitCatalog units) {
		this.queries = queries;
		this.clusters = clusters;
		this.reviews = reviews;
		this.units = units;
	}

	@GetMapping
	@Operation(summary = "Các cụm, khối thi đua / Clusters")
	Paged<ClusterView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = Paged.DEFAULT_SIZE) @Min(1) @Max(100) int size, CurrentUser user) {
		return Paged.of(queries.list(user, PageRequest.of(page, size)), ClusterView::of);
	}

	@GetMapping("/{id}/years/{year}/reviews")
	@Operation(summary = "Kết quả các đợt chấm điểm đã chốt của một năm / Finalised review results of a year",
			description = "Thành viên, tổng điểm, thứ hạng, xếp loại, đề nghị khen thưởng / Members, totals, rank, "
					+ "classification, award proposals")
	List<ReviewView> reviews(@PathVariable long id, @PathVariable int year, CurrentUser user) {
		ClusterYear clusterYear = clusters.year(id, year, user);
		Map<Long, UnitRow> members = units.findAll(List.copyOf(clusterYear.getMembers()))
			.stream()
			.collect(Collectors.toMap(UnitRow::id, Function.identity()));
		return queries.reviews(clusterYear)
			.stream()
			.filter(review -> review.getStatus() == ReviewStatus.FINALISED)
			.map(review -> ReviewView.of(reviews.sheet(review.getId(), user), members))
			.toList();
	}

	record ClusterView(long id, String code, String name, ClusterKind kind, String supervisingUnit,
			@Nullable Integer latestYear, @Nullable String leader, long memberCount) {

		static ClusterView of(ClusterRow row) {
			return new ClusterView(row.id(), row.code(), row.name(), row.kind(), row.supervisingUnitName(),
					row.latestYear(), row.leaderName(), row.memberCount());
		}

	}

	record ReviewView(long id, ReviewPeriod period, @Nullable Instant finalisedAt, List<MemberView> ranking) {

		static ReviewView of(ReviewSheet sheet, Map<Long, UnitRow> members) {
			Map<Long, List<ProposalKind>> proposed = sheet.proposals()
				.stream()
				.collect(Collectors.groupingBy(proposal -> proposal.getUnitId(),
						Collectors.mapping(proposal -> proposal.getKind(), Collectors.toList())));
			return new ReviewView(sheet.review().getId(), sheet.review().getPeriod(), sheet.review().getFinalisedAt(),
					sheet.ranking()
						.stream()
						.map(member -> MemberView.of(member, members.get(member.unitId()),
								proposed.getOrDefault(member.unitId(), List.of())))
						.toList());
		}

	}

	record MemberView(String unitCode, String unitName, BigDecimal scored, BigDecimal bonus, BigDecimal penalty,
			BigDecimal total, int rank, boolean tied, Classification classification, List<ProposalKind> proposed) {

		static MemberView of(RankedMember member, UnitRow unit, List<ProposalKind> proposed) {
			return new MemberView(unit.code(), unit.name(), member.scored(), member.bonus(), member.penalty(),
					member.total(), member.rank(), member.tied(), member.classification(), proposed);
		}

	}

}
