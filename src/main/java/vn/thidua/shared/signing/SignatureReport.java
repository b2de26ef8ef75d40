package vn.thidua.shared.signing;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What verifying a file found: its verdict and, for a signed PDF, every signature.
 */
public record SignatureReport(Verdict verdict, List<Signature> signatures) {

	public enum Verdict {

		/** Every signature is valid and the last one covers the whole file. */
		VALID,

		/** A signature does not match the file, or the file changed after signing. */
		INVALID,

		/** A PDF without any digital signature. */
		UNSIGNED,

		/** Not a PDF, or one that cannot be read. */
		NOT_PDF

	}

	public static SignatureReport of(Verdict verdict) {
		return new SignatureReport(verdict, List.of());
	}

	public boolean valid() {
		return verdict == Verdict.VALID;
	}

	/**
	 * Why an invalid file is refused, as a message key: the first signature's problem, a
	 * change after the last signature, or a damaged signed file.
	 */
	public @Nullable String problem() {
		if (verdict != Verdict.INVALID) {
			return null;
		}
		return signatures.stream()
			.map(Signature::problem)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(signatures.isEmpty() ? "signature.problem.damaged" : "signature.problem.modified");
	}

	/**
	 * The last signature: the one that vouches for the whole file.
	 */
	public @Nullable Signature last() {
		return signatures.isEmpty() ? null : signatures.getLast();
	}

	/**
	 * One signature: who signed and when (as the PDF claims it), the certificate chain
	 * from the signer up (subjects), whether the chain ends at a configured trusted root,
	 * and what is wrong with it ({@code problem}, a message key, null when valid).
	 */
	public record Signature(String signer, @Nullable Instant signedAt, List<String> chain, boolean trusted,
			boolean coversWholeFile, @Nullable String problem) {

		public boolean valid() {
			return problem == null;
		}

	}

}
