package vn.thidua.dashboard;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.due.DueItem;
import vn.thidua.shared.due.DueKind;

/**
 * A reminder to one account about one due item at one stage (a week before, a day before,
 * each week overdue, or when work starts waiting), with a copy of what the item said
 * then.
 */
@Entity
public class Reminder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private String itemKey;

	private String stage;

	@Enumerated(EnumType.STRING)
	private DueKind kind;

	private String title;

	private @Nullable String periodKey;

	private int year;

	private String unitName;

	private @Nullable LocalDate dueOn;

	private String link;

	private Instant createdAt;

	private @Nullable Instant readAt;

	private @Nullable Instant emailedAt;

	@Version
	@Column(nullable = false)
	private Long version;

	protected Reminder() {
	}

	Reminder(long accountId, DueItem item, String stage, Instant at) {
		this.accountId = accountId;
		this.itemKey = item.key();
		this.stage = stage;
		this.kind = item.kind();
		this.title = item.title();
		this.periodKey = item.periodKey();
		this.year = item.year();
		this.unitName = item.unitName();
		this.dueOn = item.dueOn();
		this.link = item.link();
		this.createdAt = at;
	}

	void markRead(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

	void markEmailed(Instant at) {
		emailedAt = at;
	}

	public Long getId() {
		return id;
	}

	public long getAccountId() {
		return accountId;
	}

	public String getItemKey() {
		return itemKey;
	}

	public String getStage() {
		return stage;
	}

	public DueKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public @Nullable String getPeriodKey() {
		return periodKey;
	}

	public int getYear() {
		return year;
	}

	public String getUnitName() {
		return unitName;
	}

	public @Nullable LocalDate getDueOn() {
		return dueOn;
	}

	public String getLink() {
		return link;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable Instant getReadAt() {
		return readAt;
	}

	public boolean isRead() {
		return readAt != null;
	}

	public @Nullable Instant getEmailedAt() {
		return emailedAt;
	}

	public Long getVersion() {
		return version;
	}

}
