package vn.thidua.movement;

import java.time.Instant;

public record ReportRow(long id, long unitId, String unitName, int year, Period period, ReportStatus status,
		String submittedBy, Instant submittedAt) {

}
