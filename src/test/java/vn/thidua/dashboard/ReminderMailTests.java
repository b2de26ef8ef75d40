package vn.thidua.dashboard;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

import vn.thidua.support.WorldUsers;
import vn.thidua.support.DueFixture;
import vn.thidua.support.DueFixture.Place;
import vn.thidua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an SMTP server configured, each new reminder goes by e-mail once; one the server
 * could not take is sent on the next run. GreenMail is the server, in this JVM.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=" + ReminderMailTests.PORT,
		"spring.mail.properties.mail.smtp.connectiontimeout=2000",
		"thidua.reminders.base-url=https://thidua.travinh.gov.vn" })
@WithMockUser(roles = { "ADMIN", "OFFICER" })
class ReminderMailTests {

	static final int PORT = 3925;

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@Autowired
	ReminderJob job;

	@Autowired
	Reminders reminders;

	@Autowired
	DueFixture due;

	@Autowired
	WorldUsers users;

	@Test
	void eachNewReminderIsEmailedOnceInVietnamese() throws Exception {
		Place place = due.commune("Xã Nhận Thư", "canbo.nhanthu@travinh.gov.vn");
		DueFixture.Running movement = due.quarterly("Phong trào gửi thư nhắc việc", List.of(place.code()), null);

		job.run();
		job.run();

		List<Reminder> made = of(place);
		List<MimeMessage> mine = mailTo("canbo.nhanthu@travinh.gov.vn");
		assertThat(made).isNotEmpty().allMatch(reminder -> reminder.getEmailedAt() != null);
		assertThat(mine).hasSize(made.size());
		MimeMessage message = mine.getFirst();
		assertThat(message.getSubject()).startsWith("[Thi Đua] Báo cáo tiến độ: Phong trào gửi thư nhắc việc");
		assertThat(GreenMailUtil.getBody(message)).isNotBlank();
		assertThat(message.getContent().toString()).contains("Kính gửi Cán bộ Xã Nhận Thư")
			.contains("Đơn vị: " + place.name())
			.contains("https://thidua.travinh.gov.vn/movements/" + movement.id() + "/units/" + place.unitId());
	}

	@Test
	void aReminderTheServerDidNotTakeIsSentOnTheNextRun() throws Exception {
		Place place = due.commune("Xã Thư Gửi Lại", "canbo.guilai@travinh.gov.vn");
		due.quarterly("Phong trào gửi lại thư", List.of(place.code()), null);
		smtp.stop();

		ReminderJob.Outcome down = job.run();

		assertThat(of(place)).isNotEmpty().allMatch(reminder -> reminder.getEmailedAt() == null);

		smtp.start();
		job.run();

		assertThat(down.created()).isPositive();
		assertThat(of(place)).allMatch(reminder -> reminder.getEmailedAt() != null);
		assertThat(mailTo("canbo.guilai@travinh.gov.vn")).hasSize(of(place).size());
	}

	private List<MimeMessage> mailTo(String address) throws Exception {
		List<MimeMessage> result = new java.util.ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(address)) {
				result.add(message);
			}
		}
		return result;
	}

	private List<Reminder> of(Place place) {
		return reminders.findByAccountIdOrderByIdDesc(place.user(users).accountId(), PageRequest.of(0, 500))
			.getContent();
	}

}
