package vn.thidua.integration.v1;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.thidua.award.AwardKind;

/**
 * The bodies of the proposal writes.
 */
final class ProposalRequests {

	private ProposalRequests() {
	}

	/**
	 * A proposal to open with its lines: people of the key's subtree by registry id, or
	 * its units by code.
	 */
	record NewProposalRequest(@NotBlank @Size(max = 300) String title, @NotNull @Min(1945) @Max(2100) Integer year,
			@NotNull AwardKind kind, @NotBlank @Size(max = 40) String decidingUnitCode,
			@Nullable @Size(max = 40) String movementCode,
			@NotEmpty @Size(max = 500) List<@Valid @NotNull LineRequest> lines) {
	}

	record LineRequest(@Nullable Long personId, @Nullable @Size(max = 40) String unitCode,
			@NotBlank @Size(max = 20) String awardType, @NotBlank @Size(max = 4000) String achievement) {

		@AssertTrue(message = "{api.line.oneSubject}")
		boolean isOneSubject() {
			return (personId == null) != (unitCode == null || unitCode.isBlank());
		}

	}

	record VersionRequest(@NotNull Long version) {
	}

	record DecisionRequest(@NotNull Long version, @NotBlank @Size(max = 60) String number, @NotNull LocalDate date,
			@NotBlank @Size(max = 200) String signer, @NotBlank @Size(max = 300) String authority) {
	}

}
