package vn.thidua.award;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The decision that revokes an award (Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2):
 * its number and date, why, and the cash to recover, if any.
 */
public record Revocation(String decision, LocalDate date, String reason, @Nullable BigDecimal cashToRecover) {

}
