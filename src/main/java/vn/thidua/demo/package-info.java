/**
 * Demo data drawn from the seed articles, and the demo accounts shown on the sign-in
 * page.
 */
@NullMarked
@ApplicationModule
package vn.thidua.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
