package vn.thidua.proposal;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The law that gives a people's committee's chair authority to sign, cited first among a
 * decision's grounds: the Law on the Organisation of Local Government in force on the
 * document's date.
 */
enum LocalGovernmentLaw {

	/** Luật số 77/2015/QH13 of 19/06/2015, amended by Luật số 47/2019/QH14. */
	OF_2015(LocalDate.of(2016, 1, 1), "draft.ground.localGovernment2015"),

	/** Luật số 65/2025/QH15 of 19/02/2025, in force from 01/03/2025. */
	OF_FEBRUARY_2025(LocalDate.of(2025, 3, 1), "draft.ground.localGovernmentFeb2025"),

	/**
	 * Luật số 72/2025/QH15 of 16/06/2025, in force from 01/07/2025 (two-level local
	 * government).
	 */
	OF_JUNE_2025(LocalDate.of(2025, 7, 1), "draft.ground.localGovernmentJun2025");

	private final LocalDate from;

	private final String messageKey;

	LocalGovernmentLaw(LocalDate from, String messageKey) {
		this.from = from;
		this.messageKey = messageKey;
	}

	static LocalGovernmentLaw on(LocalDate date) {
		return Arrays.stream(values()).filter(law -> !date.isBefore(law.from)).reduce((a, b) -> b).orElse(OF_2015);
	}

	String messageKey() {
		return messageKey;
	}

}
