package vn.thidua.unit;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How a unit signs and numbers its documents: the symbol in its numbers ("UBND" in
 * "01/QĐ-UBND"), its head and optional deputy, and the collective body its reports are
 * signed for ("Ủy ban nhân dân" for a province, district or commune; none for an agency
 * run by its head). A unit whose settings were never saved has defaults derived from its
 * kind and name, no names, and a null {@code version}.
 */
public record UnitSigning(long unitId, String symbol, String headTitle, @Nullable String headName, String deputyTitle,
		@Nullable String deputyName, @Nullable String collectiveBody, @Nullable Long version) {

	public Optional<Signer> head() {
		return headName == null || headName.isBlank() ? Optional.empty() : Optional.of(new Signer(headTitle, headName));
	}

	public Optional<Signer> deputy() {
		return deputyName == null || deputyName.isBlank() ? Optional.empty()
				: Optional.of(new Signer(deputyTitle, deputyName));
	}

	/**
	 * The head signing for the unit ({@code collective}: for its collective body, as a
	 * report is), the name line empty when no head is set.
	 */
	public Signature headSignature(boolean collective) {
		return Signature.of(collective ? collectiveBody : null, headTitle, headTitle, headName);
	}

}
