package vn.thidua.cluster.web;

/**
 * Why a typed value was not saved, as a message key with its arguments.
 */
record Problem(String messageKey, Object... args) {

}
