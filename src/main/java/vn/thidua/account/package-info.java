/**
 * Accounts, sign-in and the security of the web application.
 */
@NullMarked
@ApplicationModule
package vn.thidua.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
