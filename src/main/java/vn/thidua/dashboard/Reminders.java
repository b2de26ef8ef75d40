package vn.thidua.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface Reminders extends JpaRepository<Reminder, Long> {

	Page<Reminder> findByAccountIdOrderByIdDesc(long accountId, Pageable pageable);

	List<Reminder> findByAccountIdAndReadAtIsNull(long accountId);

	Optional<Reminder> findByIdAndAccountId(long id, long accountId);

	@Query("select r.itemKey || '|' || r.stage from Reminder r where r.accountId = ?1 and in_array(r.itemKey, ?2)")
	List<String> stagesOf(long accountId, String[] itemKeys);

	/**
	 * Reminders not yet e-mailed, locked so that another instance sending at the same
	 * time skips them.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
	@Query("select r from Reminder r where r.accountId = ?1 and r.emailedAt is null and r.createdAt > ?2 order by r.id")
	List<Reminder> unsent(long accountId, Instant since, Pageable pageable);

}
