package vn.thidua.cluster.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import vn.thidua.cluster.ClusterYear;
import vn.thidua.cluster.Thresholds;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.shared.web.ValidNumber;

record ThresholdsForm(@NotBlank @ValidNumber(integer = 5, fraction = 2) String excellentFrom,
		@NotBlank @ValidNumber(integer = 5, fraction = 2) String goodFrom,
		@NotBlank @ValidNumber(integer = 5, fraction = 2) String fairFrom, @NotNull Long version) {

	static ThresholdsForm from(ClusterYear year) {
		Thresholds thresholds = year.thresholds();
		return new ThresholdsForm(VietnameseNumbers.formatForInput(thresholds.excellentFrom()),
				VietnameseNumbers.formatForInput(thresholds.goodFrom()),
				VietnameseNumbers.formatForInput(thresholds.fairFrom()), year.getVersion());
	}

	/**
	 * The thresholds of a valid form; refused by {@link Thresholds} when out of order.
	 */
	Thresholds thresholds() {
		return new Thresholds(VietnameseNumbers.parse(excellentFrom).orElseThrow(),
				VietnameseNumbers.parse(goodFrom).orElseThrow(), VietnameseNumbers.parse(fairFrom).orElseThrow());
	}

}
