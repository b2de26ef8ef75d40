package vn.thidua.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.account.Recipient;
import vn.thidua.shared.web.VietnameseDateFormatter;

/**
 * E-mails an account's new reminders when an SMTP server is configured
 * ({@code spring.mail.host}); without one it sends nothing. A reminder that could not be
 * sent stays unsent and is tried again on the next run, for a week.
 */
@Component
class ReminderMailer {

	private static final Logger log = LoggerFactory.getLogger(ReminderMailer.class);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final Duration RETRY_FOR = Duration.ofDays(7);

	private static final int PER_RUN = 50;

	private final ObjectProvider<JavaMailSender> senders;

	private final Reminders reminders;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	ReminderMailer(ObjectProvider<JavaMailSender> senders, Reminders reminders, TransactionTemplate transaction,
			MessageSource messages, @Value("${thidua.reminders.mail-from}") String from,
			@Value("${thidua.reminders.base-url}") String baseUrl) {
		this.senders = senders;
		this.reminders = reminders;
		this.transaction = transaction;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	int send(Recipient recipient, Instant now) {
		JavaMailSender sender = senders.getIfAvailable();
		String email = recipient.email();
		if (sender == null || email == null || email.isBlank()) {
			return 0;
		}
		Integer sent = transaction.execute(status -> {
			List<Reminder> unsent = reminders.unsent(recipient.user().accountId(), now.minus(RETRY_FOR),
					PageRequest.of(0, PER_RUN));
			int count = 0;
			for (Reminder reminder : unsent) {
				try {
					sender.send(message(recipient, email, reminder, now));
					reminder.markEmailed(now);
					count++;
				}
				catch (MailException failed) {
					log.warn("Reminder {} could not be e-mailed to {}; trying again next run: {}", reminder.getId(),
							email, failed.getMessage());
					break;
				}
			}
			return count;
		});
		return sent == null ? 0 : sent;
	}

	private SimpleMailMessage message(Recipient recipient, String email, Reminder reminder, Instant now) {
		String what = text("DueKind." + reminder.getKind());
		String period = reminder.getPeriodKey() == null ? ""
				: " – " + text(reminder.getPeriodKey(), reminder.getYear());
		String due = reminder.getDueOn() == null ? text("reminder.mail.noDueDate")
				: text("reminder.mail.dueOn", VietnameseDateFormatter.format(reminder.getDueOn()));
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(email);
		message.setSubject(text("reminder.mail.subject", what, reminder.getTitle()));
		message.setText(text("reminder.mail.body", recipient.user().fullName(), what, reminder.getTitle() + period,
				reminder.getUnitName(), due, baseUrl + reminder.getLink()));
		message.setSentDate(Date.from(now));
		return message;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

}
