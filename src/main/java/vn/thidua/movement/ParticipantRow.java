package vn.thidua.movement;

import java.time.LocalDate;

public record ParticipantRow(long unitId, String code, String name, JoinedVia joinedVia, LocalDate joinedOn,
		String joinedBy) {

}
