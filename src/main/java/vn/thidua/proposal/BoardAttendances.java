package vn.thidua.proposal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BoardAttendances extends JpaRepository<BoardAttendance, Long> {

	List<BoardAttendance> findBySessionIdOrderByFullName(long sessionId);

	Optional<BoardAttendance> findBySessionIdAndAccountId(long sessionId, long accountId);

}
