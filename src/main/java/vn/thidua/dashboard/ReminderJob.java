package vn.thidua.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.account.AccountDirectory;
import vn.thidua.account.Recipient;
import vn.thidua.shared.due.DueItem;

/**
 * Once a day, for every enabled account, makes the reminders its due items have earned
 * and e-mails them. Each account is its own transaction; a failed e-mail is tried again
 * at the next run. With several nodes the run takes the ShedLock lock {@value #LOCK}, so
 * one node runs it: another that finds the lock held, or taken less than five minutes
 * ago, skips its run.
 */
@Component
public class ReminderJob {

	static final String LOCK = "reminders";

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private static final int ACCOUNTS_PER_PAGE = 200;

	private static final int ITEMS_PER_ACCOUNT = 200;

	/**
	 * What one run did.
	 */
	public record Outcome(int created, int emailed) {
	}

	private final AccountDirectory directory;

	private final Dashboard dashboard;

	private final Reminders reminders;

	private final ReminderMailer mailer;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final boolean atStartup;

	private final ObjectProvider<ReminderJob> self;

	ReminderJob(AccountDirectory directory, Dashboard dashboard, Reminders reminders, ReminderMailer mailer,
			TransactionTemplate transaction, Clock clock,
			@Value("${thidua.reminders.at-startup:true}") boolean atStartup, ObjectProvider<ReminderJob> self) {
		this.directory = directory;
		this.dashboard = dashboard;
		this.reminders = reminders;
		this.mailer = mailer;
		this.transaction = transaction;
		this.clock = clock;
		this.atStartup = atStartup;
		this.self = self;
	}

	/**
	 * Runs once after start-up too, through the lock like the schedule (the proxy, not
	 * {@code this}).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void runAfterStartup() {
		if (atStartup) {
			Thread.ofVirtual().name("reminders-at-startup").start(() -> self.getObject().scheduled());
		}
	}

	/**
	 * The run of the schedule: what it did, or empty when another node holds the lock (or
	 * the run failed).
	 */
	@Scheduled(cron = "${thidua.reminders.cron}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
	public Optional<Outcome> scheduled() {
		try {
			Outcome outcome = run();
			log.info("Reminders: {} made, {} e-mailed", outcome.created(), outcome.emailed());
			return Optional.of(outcome);
		}
		catch (RuntimeException failure) {
			log.error("Reminder run failed", failure);
			return Optional.empty();
		}
	}

	public Outcome run() {
		LocalDate today = LocalDate.now(clock);
		Instant now = clock.instant();
		int created = 0;
		int emailed = 0;
		long after = 0;
		List<Recipient> page;
		do {
			page = directory.recipients(after, ACCOUNTS_PER_PAGE);
			for (Recipient recipient : page) {
				created += remind(recipient, today, now);
				emailed += mailer.send(recipient, now);
				after = recipient.user().accountId();
			}
		}
		while (page.size() == ACCOUNTS_PER_PAGE);
		return new Outcome(created, emailed);
	}

	private int remind(Recipient recipient, LocalDate today, Instant now) {
		long account = recipient.user().accountId();
		List<DueItem> items = dashboard.dueItems(recipient.user(), today, ITEMS_PER_ACCOUNT);
		if (items.isEmpty()) {
			return 0;
		}
		Integer made = transaction.execute(status -> {
			Set<String> known = new HashSet<>(
					reminders.stagesOf(account, items.stream().map(DueItem::key).toArray(String[]::new)));
			int count = 0;
			for (DueItem item : items) {
				String stage = ReminderStage.of(item, today).orElse(null);
				if (stage != null && known.add(item.key() + "|" + stage)) {
					reminders.save(new Reminder(account, item, stage, now));
					count++;
				}
			}
			return count;
		});
		return made == null ? 0 : made;
	}

}
