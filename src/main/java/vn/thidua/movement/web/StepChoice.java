package vn.thidua.movement.web;

import org.jspecify.annotations.Nullable;

import vn.thidua.movement.MovementStatus;

/**
 * A step the movement may take next, shown as its own form: whether some date today meets
 * its rules, and the dates allowed (dd/MM/yyyy; the earliest may be unbounded).
 */
record StepChoice(MovementStatus step, boolean dateable, @Nullable String earliest, String latest) {

}
