package vn.thidua.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.thidua.award.AwardEntry;
import vn.thidua.award.AwardKind;
import vn.thidua.award.AwardQueries;
import vn.thidua.award.AwardRegistry;
import vn.thidua.award.Person;
import vn.thidua.award.Rating;
import vn.thidua.proposal.NewProposal;
import vn.thidua.proposal.Proposal;
import vn.thidua.proposal.ProposalDrafting;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/**
 * Xã Mỹ Hòa's draft proposal to the province for the 2025 certificates of merit: Kim Văn
 * Thành qualifies, Sơn Thị Kim Loan has only one year as Chiến sĩ thi đua cơ sở, so the
 * engine blocks her line and says why.
 */
@Component
class DemoProposals {

	private final AwardRegistry registry;

	private final AwardQueries people;

	private final ProposalDrafting drafting;

	DemoProposals(AwardRegistry registry, AwardQueries people, ProposalDrafting drafting) {
		this.registry = registry;
		this.people = people;
		this.drafting = drafting;
	}

	void seed(Map<String, Long> units, CurrentUser system) {
		long myHoa = units.get("TV-CN-MH");
		Person loan = registry.addPerson("Sơn Thị Kim Loan", LocalDate.of(1988, 4, 9), "FEMALE",
				"Công chức Văn hóa – Xã hội", myHoa, system);
		registry.rate(loan.getId(), 2024, Rating.EXCELLENT, system);
		registry.rate(loan.getId(), 2025, Rating.GOOD, system);
		registry.record(new AwardEntry(loan.getId(), myHoa, "CSTDCS", AwardKind.MERIT, 2024, "11/QĐ-UBND",
				LocalDate.of(2025, 1, 15), "Chủ tịch UBND", "UBND huyện Cầu Ngang", loan.getFullName(), null,
				"UBND huyện Cầu Ngang"), system);
		long thanh = people.people(myHoa, "Kim Văn Thành", 0).getFirst().id();
		CurrentUser officer = new CurrentUser(0, "canbo.myhoa", "Lâm Thị Thanh Tuyền", myHoa, Set.of(Role.OFFICER));
		Proposal proposal = drafting.create(new NewProposal("Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen năm 2025", 2025,
				AwardKind.MERIT, units.get("TV"), null), officer);
		drafting.addPeople(proposal.getId(), proposal.getVersion(), List.of(thanh, loan.getId()), "BK_TINH",
				"Hai năm liên tục hoàn thành xuất sắc nhiệm vụ, tích cực trong phong trào xây dựng nông thôn mới nâng cao.",
				officer);
	}

}
