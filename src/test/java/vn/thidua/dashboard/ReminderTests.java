package vn.thidua.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.movement.DuePeriod;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.support.WorldUsers;
import vn.thidua.support.DueFixture;
import vn.thidua.support.DueFixture.Place;
import vn.thidua.support.DueFixture.Running;
import vn.thidua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The daily job makes each reminder once, runs without an SMTP server, and each user
 * reads and marks only their own reminders.
 */
@IntegrationTest
@WithMockUser(roles = { "ADMIN", "OFFICER" })
class ReminderTests {

	@Autowired
	ReminderJob job;

	@Autowired
	Reminders reminders;

	@Autowired
	ReminderInbox inbox;

	@Autowired
	DueFixture due;

	@Autowired
	WorldUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theJobMakesEachReminderOnceHoweverOftenItRuns() {
		Place place = due.commune("Xã Nhắc Một Lần", null);
		Running movement = due.quarterly("Phong trào nhắc một lần", List.of(place.code()), null);
		LocalDate today = due.today();
		List<DuePeriod> overdue = due.pastDue(movement)
			.stream()
			.filter(period -> !period.dueOn().isBefore(today.minusYears(1)))
			.toList();

		job.run();
		List<Reminder> first = of(place);
		job.run();
		List<Reminder> second = of(place);

		assertThat(first).filteredOn(reminder -> reminder.getStage().startsWith("OVERDUE-")).hasSize(overdue.size());
		assertThat(first)
			.allMatch(reminder -> reminder.getLink().startsWith("/movements/" + movement.id() + "/units/"));
		assertThat(second).extracting(Reminder::getId)
			.containsExactlyElementsOf(first.stream().map(Reminder::getId).toList());
		assertThat(inbox.unread(place.user(users))).isEqualTo(first.size());
	}

	@Test
	void withoutAnSmtpServerTheJobSendsNothingAndFailsNothing() {
		Place place = due.commune("Xã Không Thư", "canbo.khongthu@travinh.gov.vn");
		due.quarterly("Phong trào không gửi thư", List.of(place.code()), null);

		ReminderJob.Outcome outcome = job.run();

		assertThat(outcome.emailed()).isZero();
		assertThat(of(place)).isNotEmpty().allMatch(reminder -> reminder.getEmailedAt() == null);
	}

	@Test
	void aUserReadsAndMarksOnlyTheirOwnRemindersAndEachMarkIsAudited() throws Exception {
		Place mine = due.commune("Xã Đọc Nhắc Việc", null);
		Place theirs = due.commune("Xã Người Khác", null);
		due.quarterly("Phong trào đọc nhắc việc", List.of(mine.code(), theirs.code()), null);
		job.run();
		Reminder first = of(mine).getFirst();
		Reminder foreign = of(theirs).getFirst();

		mvc.perform(post("/reminders/{id}/read", first.getId()).param("open", "true").with(users.as(mine.username())))
			.andExpect(status().is3xxRedirection());
		assertThat(reminders.findById(first.getId()).orElseThrow().isRead()).as("no CSRF token, nothing read")
			.isFalse();
		mvc.perform(post("/reminders/{id}/read", foreign.getId()).param("open", "true")
			.with(users.as(mine.username()))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/reminders/{id}/read", first.getId()).param("open", "true")
			.with(users.as(mine.username()))
			.with(csrf())).andExpect(redirectedUrl(first.getLink()));

		assertThat(reminders.findById(first.getId()).orElseThrow().isRead()).isTrue();
		assertThat(reminders.findById(foreign.getId()).orElseThrow().isRead()).isFalse();
		assertThat(jdbc.sql("""
				select count(*) from audit_entry
				where entity_type = 'Reminder' and entity_id = ? and action = 'UPDATE' and actor = ?
				""").params(String.valueOf(first.getId()), mine.username()).query(Long.class).single()).isOne();
		CurrentUser me = mine.user(users);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> inbox.read(foreign.getId(), me));

		mvc.perform(get("/reminders").with(users.as(mine.username())))
			.andExpect(content().string(containsString("id=\"unread\"")))
			.andExpect(content().string(containsString(">" + (of(mine).size() - 1) + "</span>")));
		mvc.perform(post("/reminders/read-all").with(users.as(mine.username())).with(csrf()))
			.andExpect(redirectedUrl("/reminders"));

		assertThat(inbox.unread(me)).isZero();
		assertThat(inbox.unread(theirs.user(users))).isPositive();
	}

	private List<Reminder> of(Place place) {
		return reminders.findByAccountIdOrderByIdDesc(place.user(users).accountId(), PageRequest.of(0, 500))
			.getContent();
	}

}
