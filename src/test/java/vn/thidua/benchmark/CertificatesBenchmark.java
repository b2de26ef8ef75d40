package vn.thidua.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import vn.thidua.proposal.DecisionDocuments;
import vn.thidua.proposal.Proposal;
import vn.thidua.shared.pdf.PdfFile;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the certificates of a decision with a thousand approved lines take to lay out
 * and send, and how much heap that costs. Run with
 * {@code ./mvnw verify -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=CertificatesBenchmark};
 * {@code -Dbenchmark.lines=} changes the size.
 */
@Tag("benchmark")
@IntegrationTest
@WithMockUser(roles = "OFFICER")
class CertificatesBenchmark {

	private static final int LINES = Integer.getInteger("benchmark.lines", 1_000);

	@Autowired
	DecisionDocuments documents;

	@Autowired
	ProposalFixture fixture;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void certificatesOfAThousandLineDecision() throws IOException {
		Proposal proposal = fixture.issued(ProposalFixture.unique("Đề nghị"), "1000/QĐ-UBND",
				List.of(fixture.eligible("Nguyễn Thị Ánh Tuyết")));
		addApprovedLines(proposal, LINES - 1);
		CurrentUser office = users.current(ProposalFixture.OFFICE);

		time("gather " + LINES + " lines", () -> documents.certificates(proposal.getId(), office));
		long[] bytes = new long[1];
		time("certificates, " + LINES + " pages", () -> {
			PdfFile file = documents.certificates(proposal.getId(), office);
			Counting out = new Counting();
			file.content().writeTo(out);
			bytes[0] = out.count;
			return out;
		});
		time("decision with a " + LINES + "-line annex", () -> {
			Counting out = new Counting();
			documents.decision(proposal.getId(), office).content().writeTo(out);
			return out;
		});
		System.out.printf("BENCHMARK certificates file %,d bytes (%,d per page)%n", bytes[0], bytes[0] / LINES);

		java.io.File file = java.io.File.createTempFile("certificates", ".pdf");
		try (OutputStream out = new java.io.FileOutputStream(file)) {
			documents.certificates(proposal.getId(), office).content().writeTo(out);
		}
		try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(file))) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(LINES);
		}
		file.delete();
	}

	/**
	 * People of Mỹ Hòa with Vietnamese names and an approved, priced line each, written
	 * straight into the tables: the benchmark times the documents, not the workflow.
	 */
	private void addApprovedLines(Proposal proposal, int count) {
		long myHoa = fixture.myHoa();
		jdbc.sql("""
				insert into person (full_name, search_text, position, unit_id)
				select 'Lê Thị Ánh Nguyệt ' || g, 'le thi anh nguyet ' || g, 'Chuyên viên Văn phòng', :unit
				from generate_series(1, :n) g
				""").param("unit", myHoa).param("n", count).update();
		jdbc.sql(
				"""
						insert into proposal_line (proposal_id, person_id, unit_id, subject_name, subject_detail, award_type_code,
						                           achievement, outcome, vote_passed, decision, cash_amount)
						select :proposal, p.id, p.unit_id, p.full_name, 'Chuyên viên Văn phòng, Xã Mỹ Hòa', 'BK_TINH',
						       'Hoàn thành xuất sắc nhiệm vụ năm 2025, tích cực trong phong trào thi đua xây dựng nông thôn mới.',
						       'PASSED', true, 'APPROVED', 2340000
						from person p where p.full_name like 'Lê Thị Ánh Nguyệt %' and p.unit_id = :unit
						""")
			.param("proposal", proposal.getId())
			.param("unit", myHoa)
			.update();
	}

	private static void time(String what, IoSupplier<?> work) throws IOException {
		work.get();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long[] millis = new long[5];
		long allocated = 0;
		long peak = 0;
		for (int i = 0; i < millis.length; i++) {
			System.gc();
			long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
			heap.forEach(MemoryPoolMXBean::resetPeakUsage);
			long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
			long start = System.nanoTime();
			work.get();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
			allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
			peak = Math.max(peak, heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() - before);
		}
		Arrays.sort(millis);
		System.out.printf(
				"BENCHMARK %-40s median %6d ms, max %6d ms, allocated %,6d MB, peak heap above idle %,5d MB%n", what,
				millis[millis.length / 2], millis[millis.length - 1], allocated >> 20, peak >> 20);
	}

	@FunctionalInterface
	private interface IoSupplier<T> {

		T get() throws IOException;

	}

	private static final class Counting extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			count += len;
		}

	}

}
