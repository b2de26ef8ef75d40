package vn.thidua.proposal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.report.Half;
import vn.thidua.report.Narratives;
import vn.thidua.report.ReportPeriod;
import vn.thidua.report.StatutoryDocuments;
import vn.thidua.report.StatutoryReports;
import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.StaleEditException;
import vn.thidua.shared.pdf.PdfFile;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalFixture;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.DocumentNumbers;
import vn.thidua.unit.NumberedKind;
import vn.thidua.unit.Signature;
import vn.thidua.unit.SigningDetails;
import vn.thidua.unit.UnitCatalog;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14: each unit numbers each kind of document from 01 every year, a number is given
 * once a year even when two officers issue at the same moment; the unit names its
 * signers, and the decision and the reports are signed by them as Nghị định 30/2020 lays
 * it out.
 */
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class DocumentNumberingTests {

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	UnitManagement management;

	@Autowired
	UnitCatalog catalog;

	@Autowired
	TreeFixture tree;

	@Autowired
	ProposalFixture fixture;

	@Autowired
	Decisions decisions;

	@Autowired
	DecisionDocuments documents;

	@Autowired
	Narratives narratives;

	@Autowired
	StatutoryReports statutory;

	@Autowired
	StatutoryDocuments statutoryDocuments;

	@Autowired
	WorldUsers users;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SignerTitles titles;

	private long province(String name) {
		String code = tree.prefix();
		return tree.unit(tree.root(), code, name, UnitKind.PROVINCE, LocalDate.of(2020, 1, 1)).getId();
	}

	private boolean record(long unit, NumberedKind kind, int year, String number) {
		return Boolean.TRUE.equals(transactions.execute(status -> numbers.record(unit, kind, year, number, "test")));
	}

	@Test
	void eachKindCountsFromOneEveryYearAndATypedNumberMovesTheNextPastIt() {
		long unit = province("Tỉnh Số Một");

		assertThat(numbers.next(unit, NumberedKind.DECISION, 2025)).isEqualTo("01/QĐ-UBND");
		assertThat(record(unit, NumberedKind.DECISION, 2025, "01/QĐ-UBND")).isTrue();
		assertThat(numbers.next(unit, NumberedKind.DECISION, 2025)).isEqualTo("02/QĐ-UBND");
		// a new year starts again from 01, and 01/QĐ-UBND may be given again
		assertThat(numbers.next(unit, NumberedKind.DECISION, 2026)).isEqualTo("01/QĐ-UBND");
		assertThat(record(unit, NumberedKind.DECISION, 2026, "01/QĐ-UBND")).isTrue();
		// taken this year, as typed or with another leading zero
		assertThat(record(unit, NumberedKind.DECISION, 2025, "01/QĐ-UBND")).isFalse();
		assertThat(record(unit, NumberedKind.DECISION, 2025, " 01/qđ-ubnd ")).isFalse();
		assertThat(record(unit, NumberedKind.DECISION, 2025, "1/QĐ-UBND")).isFalse();
		assertThat(numbers.taken(unit, 2025, "01/QĐ-UBND")).isTrue();
		assertThat(numbers.taken(unit, 2024, "01/QĐ-UBND")).isFalse();
		// a number typed higher moves the suggestion past it
		assertThat(record(unit, NumberedKind.DECISION, 2025, "07/QĐ-UBND")).isTrue();
		assertThat(numbers.next(unit, NumberedKind.DECISION, 2025)).isEqualTo("08/QĐ-UBND");
		// other kinds have their own series; the two cover letters share "TTr"
		assertThat(numbers.next(unit, NumberedKind.REPORT, 2025)).isEqualTo("01/BC-UBND");
		assertThat(numbers.next(unit, NumberedKind.BOARD_MINUTES, 2025)).isEqualTo("01/BB-UBND");
		assertThat(record(unit, NumberedKind.UPWARD_LETTER, 2025, "01/TTr-UBND")).isTrue();
		assertThat(numbers.next(unit, NumberedKind.PROPOSAL_LETTER, 2025)).isEqualTo("02/TTr-UBND");
		// another unit's numbers are its own
		assertThat(numbers.next(province("Tỉnh Số Hai"), NumberedKind.DECISION, 2025)).isEqualTo("01/QĐ-UBND");
		assertThat(DocumentNumbers.sequenceOf("012/QĐ-UBND")).isEqualTo(12);
		assertThat(DocumentNumbers.sequenceOf("12a/QĐ-UBND")).isNull();
	}

	@Test
	void theSymbolComesFromTheUnitsSettingsOrItsKindAndName() {
		long province = province("Tỉnh Ký Hiệu");
		long department = tree
			.unit(province, tree.prefix(), "Sở Giáo dục và Đào tạo", UnitKind.DEPARTMENT, LocalDate.of(2020, 1, 1))
			.getId();
		assertThat(numbers.next(department, NumberedKind.DECISION, 2025)).isEqualTo("01/QĐ-SGDĐT");
		assertThat(catalog.signing(department).headTitle()).isEqualTo("Giám đốc");
		assertThat(catalog.signing(department).deputyTitle()).isEqualTo("Phó Giám đốc");

		management.updateSigning(department, null, new SigningDetails("SGDĐT.VL", null, null, null, null),
				tree.user(province, Role.OFFICER));
		assertThat(numbers.next(department, NumberedKind.REPORT, 2025)).isEqualTo("01/BC-SGDĐT.VL");
	}

	@Test
	void signersAreCheckedAllAtOnceWithinScopeAndAgainstAStaleForm() {
		long province = province("Tỉnh Người Ký");
		long commune = tree.unit(province, tree.prefix(), "Xã Mỹ Hòa", UnitKind.COMMUNE, LocalDate.of(2020, 1, 1))
			.getId();
		CurrentUser officer = tree.user(province, Role.OFFICER);

		SigningDetails broken = new SigningDetails("ubnd xã", "Chủ tịch", null, "Chủ tịch", "Trần Văn B");
		assertThat(broken.problems()).extracting(SigningDetails.Problem::field)
			.containsExactlyInAnyOrder("symbol", "headName", "headName", "deputyTitle");
		assertThatThrownBy(() -> management.updateSigning(commune, null, broken, officer))
			.isInstanceOf(BusinessRuleViolation.class);

		SigningDetails good = new SigningDetails("UBND", "Chủ tịch", "Nguyễn Văn A", "Phó Chủ tịch", "Trần Văn B");
		// the commune's own officer and the province's may set them; a neighbouring
		// province's may not
		long version = management.updateSigning(commune, null, good, tree.user(commune, Role.OFFICER)).getVersion();
		assertThat(catalog.signing(commune).head()).hasValueSatisfying(head -> {
			assertThat(head.title()).isEqualTo("Chủ tịch");
			assertThat(head.name()).isEqualTo("Nguyễn Văn A");
		});
		assertThatThrownBy(() -> management.updateSigning(commune, version, good,
				tree.user(province("Tỉnh Láng Giềng"), Role.OFFICER)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> management.showSigning(commune, tree.user(province("Tỉnh Khác"), Role.OFFICER)))
			.isInstanceOf(NotFoundException.class);

		management.updateSigning(commune, version, new SigningDetails("UBND", "Chủ tịch", "Nguyễn Văn C", null, null),
				officer);
		// a form read before that save, and a form that never saw a saved version, are
		// stale
		assertThatThrownBy(() -> management.updateSigning(commune, version, good, officer))
			.isInstanceOf(StaleEditException.class);
		assertThatThrownBy(() -> management.updateSigning(commune, null, good, officer))
			.isInstanceOf(StaleEditException.class);
		assertThat(catalog.signing(commune).headName()).isEqualTo("Nguyễn Văn C");
		assertThat(catalog.signing(commune).deputy()).isEmpty();
	}

	@Test
	void twoOfficersIssuingOneNumberAtOnceGetItOnceAndTheOtherIsToldWhy() throws Exception {
		Proposal first = fixture.decided(ProposalFixture.unique("Đồng thời một"),
				List.of(fixture.eligible(ProposalFixture.unique("Hà Văn Một"))));
		Proposal second = fixture.decided(ProposalFixture.unique("Đồng thời hai"),
				List.of(fixture.eligible(ProposalFixture.unique("Hà Văn Hai"))));
		String number = numbers.next(fixture.province(), NumberedKind.DECISION, ProposalFixture.today().getYear());
		CurrentUser chair = users.current(ProposalFixture.CHAIR);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<String>> issues = new ArrayList<>();
		for (Proposal proposal : List.of(first, second)) {
			issues.add(new DelegatingSecurityContextCallable<>(() -> {
				start.await();
				return decisions
					.issue(proposal.getId(), proposal.getVersion(), number, ProposalFixture.today(), "Lê Văn Hẳn",
							"Chủ tịch UBND tỉnh Trà Vinh", chair)
					.getDecisionNumber();
			}));
		}
		var pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> results = issues.stream().map(pool::submit).toList();
			start.countDown();
			int issued = 0;
			List<String> refusals = new ArrayList<>();
			for (Future<String> result : results) {
				try {
					assertThat(result.get()).isEqualTo(number);
					issued++;
				}
				catch (ExecutionException refused) {
					assertThat(refused.getCause()).isInstanceOf(BusinessRuleViolation.class);
					refusals.add(((BusinessRuleViolation) refused.getCause()).messageKey());
				}
			}
			assertThat(issued).isEqualTo(1);
			assertThat(refusals).containsExactly("decision.numberTaken");
		}
		finally {
			pool.shutdown();
		}
		assertThat(numbers.next(fixture.province(), NumberedKind.DECISION, ProposalFixture.today().getYear()))
			.isNotEqualTo(number);
	}

	@Test
	void aDeputySignsForTheChairAndTheDecisionSaysSo() throws IOException {
		Proposal decided = fixture.decided(ProposalFixture.unique("Ký thay"),
				List.of(fixture.eligible(ProposalFixture.unique("Thạch Thị Ký"))));
		String number = numbers.next(fixture.province(), NumberedKind.DECISION, ProposalFixture.today().getYear());
		CurrentUser chair = users.current(ProposalFixture.CHAIR);
		assertThatThrownBy(() -> decisions.issue(decided.getId(), decided.getVersion(), number, ProposalFixture.today(),
				"Trần Văn B", "Chánh Văn phòng", "Chủ tịch UBND tỉnh Trà Vinh", chair))
			.hasFieldOrPropertyWithValue("messageKey", "decision.signerTitle.invalid");

		Proposal issued = decisions.issue(decided.getId(), decided.getVersion(), number, ProposalFixture.today(),
				"Trần Văn Bảy", "Phó Chủ tịch", "Chủ tịch UBND tỉnh Trà Vinh", chair);
		assertThat(issued.getDecisionSignerTitle()).isEqualTo("Phó Chủ tịch");

		String text = text(documents.decision(issued.getId(), users.current(ProposalFixture.OFFICE)));
		assertThat(text).contains("Số: " + number, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH",
				"KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Bảy", "cho 01 cá nhân",
				"Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho");
		assertThat(text(documents.certificates(issued.getId(), users.current(ProposalFixture.OFFICE))))
			.contains("KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Trần Văn Bảy");
	}

	@Test
	void aDecisionIsSignedByTheHeadOrForTheHeadByADeputy() {
		String province = "Chủ tịch UBND tỉnh Trà Vinh";
		assertThat(titles.deputyTitle(province, null)).isNull();
		assertThat(titles.deputyTitle(province, " chủ tịch ")).isNull();
		assertThat(titles.deputyTitle(province, "Phó Chủ tịch Thường trực")).isEqualTo("Phó Chủ tịch Thường trực");
		assertThat(titles.deputyTitle("Giám đốc Sở Nội vụ", "Giám đốc")).isNull();
		assertThat(titles.deputyTitle("Giám đốc Sở Nội vụ", "Phó Giám đốc")).isEqualTo("Phó Giám đốc");
		assertThatThrownBy(() -> titles.deputyTitle("Giám đốc Sở Nội vụ", "Phó Chủ tịch"))
			.hasFieldOrPropertyWithValue("messageKey", "decision.signerTitle.invalid");
		assertThatThrownBy(() -> titles.deputyTitle(province, "Chánh Văn phòng"))
			.hasFieldOrPropertyWithValue("messageKey", "decision.signerTitle.invalid");

		Signature chair = titles.signature(province, null, "Lê Văn Hẳn");
		assertThat(chair.authority()).isEmpty();
		assertThat(chair.title()).isEqualTo("CHỦ TỊCH");
		Signature deputy = titles.signature("Giám đốc Sở Nội vụ", "Phó Giám đốc", "Lê Văn Cường");
		assertThat(deputy.authority()).containsExactly("KT. GIÁM ĐỐC");
		assertThat(deputy.title()).isEqualTo("PHÓ GIÁM ĐỐC");
		assertThat(deputy.name()).isEqualTo("Lê Văn Cường");
		// a report of a people's committee is signed for the committee
		assertThat(Signature.of("Ủy ban nhân dân", "Chủ tịch", "Phó Chủ tịch", "Trần Văn Bảy").authority())
			.containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH");
	}

	@Test
	void reportsAreSignedByTheUnitsHeadOrLeaveTheNameEmpty() throws IOException {
		long province = province("Tỉnh Báo Cáo");
		CurrentUser officer = tree.user(province, Role.OFFICER);

		String unsigned = text(narratives.pdf(province, "Báo cáo tổng kết", "Năm 2025 không có khen thưởng.", officer));
		assertThat(unsigned).contains("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH").doesNotContain("NƠI LẬP BÁO CÁO");

		management.updateSigning(province, null,
				new SigningDetails("UBND", "Chủ tịch", "Nguyễn Văn Tỉnh", "Phó Chủ tịch", "Lê Thị Phó"), officer);
		assertThat(text(narratives.pdf(province, "Báo cáo tổng kết", "Năm 2025 không có khen thưởng.", officer)))
			.contains("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn Tỉnh")
			.doesNotContain("NƠI LẬP BÁO CÁO", "Lê Thị Phó");

		var report = statutory.report(province, ReportPeriod.of(2025, Half.YEAR), officer);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		statutoryDocuments.pdf(report, out);
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("UBND TỈNH BÁO CÁO", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn Tỉnh")
				.doesNotContain("NƠI LẬP BÁO CÁO");
		}
	}

	private static String text(PdfFile file) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		file.content().writeTo(out);
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}

}
