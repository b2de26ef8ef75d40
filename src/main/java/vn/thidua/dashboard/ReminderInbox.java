package vn.thidua.dashboard;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.security.CurrentUser;

/**
 * A user's own reminders: newest first, the unread count for the bell, and marking them
 * read. Nobody reads or marks another account's reminders.
 */
@Service
public class ReminderInbox {

	static final int PAGE_SIZE = 30;

	private final Reminders reminders;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReminderInbox(Reminders reminders, JdbcClient jdbc, Clock clock) {
		this.reminders = reminders;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<Reminder> page(CurrentUser user, int page) {
		return reminders.findByAccountIdOrderByIdDesc(user.accountId(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
	}

	/**
	 * Asked for every full page a signed-in user sees: one statement on the partial
	 * index, without a persistence context, a transaction or the transaction interceptor.
	 */
	public long unread(CurrentUser user) {
		return jdbc.sql("select count(*) from reminder where account_id = ? and read_at is null")
			.param(user.accountId())
			.query(Long.class)
			.single();
	}

	/**
	 * Marks one of the user's reminders read and tells where its item is.
	 */
	@Transactional
	public String read(long id, CurrentUser user) {
		Reminder reminder = reminders.findByIdAndAccountId(id, user.accountId())
			.orElseThrow(() -> new NotFoundException("reminder", id));
		reminder.markRead(clock.instant());
		return reminder.getLink();
	}

	@Transactional
	public int readAll(CurrentUser user) {
		var unread = reminders.findByAccountIdAndReadAtIsNull(user.accountId());
		unread.forEach(reminder -> reminder.markRead(clock.instant()));
		return unread.size();
	}

}
