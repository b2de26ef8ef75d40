package vn.thidua.dashboard;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thidua.shared.due.DueItem;
import vn.thidua.shared.due.DueKind;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderStageTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@ParameterizedTest
	@CsvSource({ "8,", "7,D7", "2,D7", "1,D1", "0,D1", "-1,OVERDUE-0", "-7,OVERDUE-0", "-8,OVERDUE-1",
			"-43,OVERDUE-6" })
	void aWeekBeforeTheDayBeforeAndEachWeekOverdue(int daysLeft, String stage) {
		DueItem item = DueItem.of(DueKind.PROGRESS_REPORT, "k", "Báo cáo", "Xã Mỹ Hòa", TODAY.plusDays(daysLeft), "/");

		assertThat(ReminderStage.of(item, TODAY).orElse(null)).isEqualTo(stage);
	}

	@ParameterizedTest
	@CsvSource({ "VOTE", "PROPOSAL_RETURNED" })
	void workWithoutADueDateIsRemindedOnceWhenItStartsWaiting(DueKind kind) {
		assertThat(ReminderStage.of(DueItem.of(kind, "k", "Hồ sơ", "Tỉnh Trà Vinh", null, "/"), TODAY)).contains("NEW");
	}

}
