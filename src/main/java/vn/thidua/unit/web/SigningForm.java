package vn.thidua.unit.web;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.unit.SigningDetails;
import vn.thidua.unit.UnitSigning;

/**
 * The unit's signing settings as the form posts them; the rules between fields are
 * {@link SigningDetails#problems()}.
 */
record SigningForm(@Nullable @Size(max = 20) String symbol, @Nullable @Size(max = 100) String headTitle,
		@Nullable @Size(max = 200) String headName, @Nullable @Size(max = 100) String deputyTitle,
		@Nullable @Size(max = 200) String deputyName, @Nullable Long version) {

	static SigningForm from(UnitSigning signing) {
		return new SigningForm(signing.symbol(), signing.headTitle(), signing.headName(), signing.deputyTitle(),
				signing.deputyName(), signing.version());
	}

	SigningDetails toDetails() {
		return new SigningDetails(symbol == null ? "" : symbol, headTitle, headName, deputyTitle, deputyName);
	}

}
