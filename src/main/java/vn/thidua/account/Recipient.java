package vn.thidua.account;

import org.jspecify.annotations.Nullable;

import vn.thidua.shared.security.CurrentUser;

/**
 * An enabled account as work is routed to it: the user it acts as and where to write.
 */
public record Recipient(CurrentUser user, @Nullable String email) {

}
