package vn.thidua.unit.reorganisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.shared.BusinessRuleViolation;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;
import vn.thidua.support.SignedIn;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.LockWaits;
import vn.thidua.support.TreeFixture;
import vn.thidua.unit.UnitKind;
import vn.thidua.unit.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Applying a plan and the writes of the units it ends, at the same moment: a write under
 * way is carried over, a later one is refused, and a write that outlasts the wait stops
 * the plan instead. Deactivating a unit by hand waits for the writes under way in the
 * same way.
 */
@IntegrationTest
@WithMockUser(roles = { "ADMIN", "OFFICER" })
class WriteGateTests {

	@Autowired
	TreeFixture fixture;

	@Autowired
	ReorganisationManagement management;

	@Autowired
	UnitManagement units;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	String p;

	long province;

	long ending;

	long heir;

	@BeforeEach
	void communeToBeDissolved() {
		p = fixture.prefix();
		province = fixture.unit(fixture.root(), p + "-T", "Tỉnh " + p, UnitKind.PROVINCE, LocalDate.of(2000, 1, 1))
			.getId();
		ending = fixture.unit(province, p + "-X1", "Xã Một", UnitKind.COMMUNE, LocalDate.of(2000, 1, 1)).getId();
		heir = fixture.unit(province, p + "-X2", "Xã Hai", UnitKind.COMMUNE, LocalDate.of(2000, 1, 1)).getId();
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aProposalUnderWayWhenThePlanIsAppliedIsCarriedToTheHeir() throws Exception {
		Reorganisation plan = plan();
		long[] proposal = new long[1];

		var behind = LockWaits.secondBehindFirst(transactions, jdbc,
				() -> proposal[0] = fixture.submittedProposal(ending, province, 2026, LocalDate.of(2026, 6, 1)),
				() -> management.apply(plan.getId(), plan.getVersion(), fixture.system()));

		behind.outcome().get();
		assertThat(behind.waited()).as("the plan waited for the write").isTrue();
		assertThat(proposingUnit(proposal[0])).isEqualTo(heir);
	}

	@Test
	void aWriteForAUnitThePlanEndsMeanwhileIsRefusedAndWritesNothing() throws Exception {
		Reorganisation plan = plan();
		signInAt(ending, Role.ADMIN, Role.OFFICER);

		var behind = LockWaits.secondBehindFirst(transactions, jdbc,
				() -> management.apply(plan.getId(), plan.getVersion(), fixture.system()), () -> transactions
					.execute(status -> fixture.submittedProposal(ending, province, 2026, LocalDate.of(2026, 6, 1))));

		assertThat(behind.waited()).as("the write waited for the plan").isTrue();
		assertThatThrownBy(() -> behind.outcome().get()).cause()
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("unit.actingUnitEnded"));
		assertThat(proposalsOf(ending)).isZero();
	}

	@Test
	void aPersonAddedWhileAUnitIsDeactivatedByHandKeepsTheUnitActive() throws Exception {
		var behind = LockWaits.secondBehindFirst(transactions, jdbc,
				() -> fixture.person(ending, "Người Đến Sau " + p, LocalDate.of(1990, 1, 1)),
				() -> units.deactivate(ending, 0, LocalDate.of(2026, 6, 30), null, fixture.system()));

		assertThat(behind.waited()).as("the deactivation waited for the write").isTrue();
		assertThatThrownBy(() -> behind.outcome().get()).cause()
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("unit.deactivate.workLeft"));
		assertThat(jdbc.sql("select active from unit where id = ?").param(ending).query(Boolean.class).single())
			.isTrue();
	}

	@Test
	void aRefusedWriteLeavesNothingBoundToTheThread() {
		Reorganisation plan = plan();
		management.apply(plan.getId(), plan.getVersion(), fixture.system());
		signInAt(ending, Role.OFFICER);

		assertThatThrownBy(() -> transactions.execute(status -> jdbc.sql("select 1").query().singleRow()))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("unit.actingUnitEnded"));

		assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
		assertThat(TransactionSynchronizationManager.isSynchronizationActive()).isFalse();
		signInAt(heir, Role.OFFICER);
		Long written = transactions
			.execute(status -> fixture.submittedProposal(heir, province, 2026, LocalDate.of(2026, 6, 1)));
		assertThat(written).isPositive();
	}

	@Test
	void aFormSentFromAnEndedUnitSaysWhyInVietnameseAndChangesNothing() throws Exception {
		Reorganisation plan = plan();
		management.apply(plan.getId(), plan.getVersion(), fixture.system());
		CurrentUser officer = new CurrentUser(0, "gate." + p, "Cán bộ thử", ending, Set.of(Role.OFFICER));

		mvc.perform(post("/reminders/read-all").with(authentication(SignedIn.as(officer))).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content()
				.string(containsString("Đơn vị của bạn đã kết thúc hoạt động (do sắp xếp lại hoặc giải thể)")));
	}

	@Test
	void aWriteThatOutlastsTheWaitStopsThePlanAndNothingIsApplied() throws Exception {
		Reorganisation plan = plan();
		CountDownLatch writing = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<?> longWrite = pool.submit(() -> transactions.executeWithoutResult(status -> {
				fixture.submittedProposal(heir, province, 2026, LocalDate.of(2026, 6, 1));
				writing.countDown();
				LockWaits.await(done);
			}));
			LockWaits.await(writing);

			assertThatThrownBy(() -> management.apply(plan.getId(), plan.getVersion(), fixture.system()))
				.isInstanceOfSatisfying(BusinessRuleViolation.class,
						refused -> assertThat(refused.messageKey()).isEqualTo("reorganisation.writesInProgress"));
			done.countDown();
			longWrite.get();
		}
		finally {
			done.countDown();
			pool.shutdownNow();
		}
		assertThat(management.view(plan.getId(), fixture.system()).reorganisation().isApplied()).isFalse();
		assertThat(jdbc.sql("select active from unit where id = ?").param(ending).query(Boolean.class).single())
			.isTrue();
	}

	private Reorganisation plan() {
		Reorganisation plan = management.create(new ReorganisationDetails("Sắp xếp xã " + p, "01/NQ-" + p,
				LocalDate.of(2025, 6, 12), "Ủy ban Thường vụ Quốc hội", LocalDate.of(2025, 7, 1)), fixture.system());
		assertThat(management.addOperation(plan.getId(), plan.getVersion(), new OperationDraft(OperationKind.DISSOLVE,
				List.of(p + "-X1"), p + "-X2", null, null, null, null, false), fixture.system()))
			.isEmpty();
		return management.view(plan.getId(), fixture.system()).reorganisation();
	}

	private void signInAt(long unit, Role... roles) {
		SignedIn.signIn(new CurrentUser(0, "gate." + p, "Cán bộ thử", unit, Set.of(roles)));
	}

	private long proposingUnit(long proposal) {
		return jdbc.sql("select proposing_unit_id from award_proposal where id = ?")
			.param(proposal)
			.query(Long.class)
			.single();
	}

	private long proposalsOf(long unit) {
		return jdbc.sql("select count(*) from award_proposal where proposing_unit_id = ?")
			.param(unit)
			.query(Long.class)
			.single();
	}

}
