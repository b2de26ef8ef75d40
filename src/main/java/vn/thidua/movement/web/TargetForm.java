package vn.thidua.movement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.movement.Direction;
import vn.thidua.movement.Target;
import vn.thidua.movement.TargetKind;
import vn.thidua.shared.text.VietnameseNumbers;
import vn.thidua.shared.web.ValidNumber;

record TargetForm(@NotBlank @Size(max = 200) String fieldName, @NotBlank @Size(max = 500) String name,
		@NotNull TargetKind kind, @Nullable @Size(max = 40) String measure, @NotNull Direction direction,
		@Nullable @ValidNumber String planValue, @Nullable @ValidNumber String maxValue,
		@Nullable @ValidNumber(positive = true, integer = 4, fraction = 2) String weight, @NotNull Long version) {

	static TargetForm empty(long version) {
		return new TargetForm("", "", TargetKind.QUANTITATIVE, "", Direction.HIGHER_IS_BETTER, "", "", "1", version);
	}

	static TargetForm from(Target target, long version) {
		return new TargetForm(target.getFieldName(), target.getName(), target.getKind(), target.getMeasure(),
				target.getDirection(), VietnameseNumbers.formatForInput(target.getPlanValue()),
				VietnameseNumbers.formatForInput(target.getMaxValue()),
				VietnameseNumbers.formatForInput(target.getWeight()), version);
	}

}
